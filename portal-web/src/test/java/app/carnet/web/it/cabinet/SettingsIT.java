package app.carnet.web.it.cabinet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Minimisation: a practice that does not keep its clients' personal life neither asks for it nor stores it. */
class SettingsIT extends BrowserTest {

    @Test
    void personalLife_shouldBeErasedEverywhereAndNoLongerAskedForOnceSwitchedOff() throws Exception {
        loginAsOwner();
        long bare = createClient("Sobre", "Paul", uniqueEmail("sobre"), "06/06/1986");
        long id = createClient("Minimal", "Iris", uniqueEmail("minimal"), "05/05/1985");
        submit("edit");
        type("form:interests", "Aquarelle");
        type("form:notes", "Aime le thé vert.");
        submit("form:submit");
        assertEquals("Aquarelle", text("interests"));
        // A client whose data is limited (art. 18) keeps it: it is only stored, perhaps for a claim
        long limited = createClient("Limitée", "Rose", uniqueEmail("limitee"), "04/04/1984");
        submit("edit");
        type("form:interests", "Céramique");
        submit("form:submit");
        byte[] ref = app.carnet.domain.security.FieldCipher.newReference();
        env.update("INSERT INTO rights_limitation (seal_ref, client_id, ground, reason, asked_at, asked_by) "
                + "VALUES (?, ?, 'LEGAL_CLAIM', ?, UTC_TIMESTAMP(6), 'client')", ref, limited,
                env.cipher().seal("rights_limitation.reason", ref, "Pour un litige"));
        try {
            open("/cabinet/parametres.xhtml");
            find("form:drop-personal-life").click();
            clickAjax(find("form:confirm-yes"));
            assertTrue(text("messages").contains("elle est effacée de toutes les fiches"), pageText());
            try (var connection = env.database();
                    var statement = connection.prepareStatement(
                            "SELECT interests IS NULL AND notes IS NULL AND marital_status IS NULL FROM client WHERE id = ?")) {
                statement.setLong(1, id);
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    assertTrue(rows.getBoolean(1), "erased from the database, not only hidden");
                }
            }
            assertEquals(1, erasures(id), "the change of the file is journaled");
            assertEquals(0, erasures(limited), "a limited file is left as it is");
            assertEquals(1, env.queryLong("SELECT COUNT(*) FROM client WHERE id = ? AND interests IS NOT NULL",
                    limited));
            assertEquals(0, erasures(bare), "a file that held nothing of it is not changed");
            open("/cabinet/clients/fiche.xhtml?id=" + id);
            assertTrue(browser.findElements(By.id("interests")).isEmpty()
                    && browser.findElements(By.id("notes")).isEmpty());
            submit("edit");
            assertTrue(browser.findElements(By.id("form:interests")).isEmpty(), "no longer asked for");
            assertTrue(browser.findElements(By.id("form:notes")).isEmpty());
            type("form:city", "Lyon");
            submit("form:submit");
            assertEquals("Lyon", text("address"), "the rest of the file is saved as before");
        } finally {
            open("/cabinet/parametres.xhtml");
            if (!browser.findElements(By.id("form:keep-personal-life")).isEmpty()) {
                clickAjax(find("form:keep-personal-life"));
            }
        }
        open("/cabinet/clients/modifier.xhtml?id=" + id);
        assertEquals("", find("form:interests").getDomProperty("value"), "asked for again, and empty");
    }

    private long erasures(long client) throws java.sql.SQLException {
        try (var connection = env.database();
                var statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM access_journal WHERE client_id = ? AND action = 'CATEGORY_ERASED'")) {
            statement.setLong(1, client);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
