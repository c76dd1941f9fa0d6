package app.carnet.web.it.portail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BrowserTest;
import app.carnet.web.it.Mailbox;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every portal page takes the client from the login, never from the address: a second client's id put in
 * any page's address shows nothing of that client (nor does a download of their archive), and the back office answers
 * "not found".
 */
class PortalIsolationIT extends BrowserTest {

    private static final String PASSWORD = "chacun chez soi dans le portail";

    @Test
    void secondClientsId_shouldRevealNothingAnywhere() throws Exception {
        String mine = uniqueEmail("moi");
        String theirs = uniqueEmail("voisin");
        loginAsOwner();
        long me = createClient("Moimême", "Alice", mine, "01/01/1981");
        measure(me, "165", "61,2");
        measure(me, "", "60,4");
        long other = createClient("Voisinage", "Bertrand", theirs, "02/02/1982");
        open("/cabinet/clients/consultation.xhtml?client=" + other);
        type("form:reason", "Fatigue");
        type("form:sharedSummary", "Confidence de Bertrand");
        submit("form:save");
        assertTrue(pageText().contains("La consultation est enregistrée."), pageText());
        measure(other, "181", "93,7");
        String link = Mailbox.firstLink(new Mailbox(env.mail()).awaitMessage(mine, 1));
        browser.manage().deleteAllCookies();
        activate(link, PASSWORD);
        loginAsClient(mine, PASSWORD);

        String query = "?id=" + other + "&client=" + other + "&clientId=" + other;
        for (String page : List.of("/portail/index.xhtml", "/portail/acces.xhtml", "/portail/securite.xhtml",
                "/portail/consultations.xhtml", "/portail/mesures.xhtml", "/portail/conseils.xhtml",
                "/portail/messages.xhtml")) {
            open(page + query);
            String text = pageText();
            assertFalse(text.contains("Voisinage") || text.contains("Bertrand") || text.contains(theirs)
                    || text.contains("Confidence") || text.contains("93,7"), page + ": " + text);
        }
        open("/portail/index.xhtml");
        submit("measurements-link");
        String measurements = text("measurements");
        assertTrue(measurements.contains("61,2") && measurements.contains("60,4") && measurements.contains("22,2"),
                "the client's own measurements, with the BMI from the earlier height: " + measurements);
        assertTrue(find("weight-chart").isDisplayed(), "two weights make a chart");
        open("/portail/index.xhtml" + query);
        assertTrue(pageText().contains("Moimême"), "the page shows the logged-in client");
        env.update("INSERT INTO prepared_archive (client_id, scope, state, steps, steps_done, size_bytes, asked_at, "
                + "heartbeat_at, ready_at, expires_at) VALUES (?, 'ACCESS', 'READY', 1, 1, 22, UTC_TIMESTAMP(6), "
                + "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), '2999-01-01 00:00:00')", other);
        long theirArchive = env.queryLong("SELECT id FROM prepared_archive WHERE client_id = ?", other);
        assertEquals(410, status("/portail/mes-donnees?preparee=" + theirArchive), "as if it had expired");
        env.update("DELETE FROM prepared_archive WHERE id = ?", theirArchive);
        for (String page : List.of("/cabinet/clients/fiche.xhtml?id=" + other, "/cabinet/journal.xhtml?client=" + other,
                "/cabinet/clients/index.xhtml", "/cabinet/equipe.xhtml", "/cabinet/clients/sante.xhtml?id=" + other,
                "/cabinet/clients/consultation.xhtml?client=" + other, "/cabinet/clients/modifier.xhtml?id=" + other,
                "/cabinet/piece-jointe?id=1", "/cabinet/parametres.xhtml", "/cabinet/export-donnees?id=" + other)) {
            open(page);
            assertTrue(pageText().contains("Page introuvable"), page + " answers not found to a client");
            assertFalse(pageText().contains("Voisinage"), page);
        }
    }

    private void measure(long client, String height, String weight) {
        open("/cabinet/clients/sante.xhtml?id=" + client);
        type("form:heightCm", height);
        type("form:weightKg", weight);
        clickAjax("form:measure");
    }
}
