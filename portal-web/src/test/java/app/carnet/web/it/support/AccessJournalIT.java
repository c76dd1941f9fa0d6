package app.carnet.web.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.shared.Dates;
import app.carnet.web.it.BrowserTest;
import app.carnet.web.it.Mailbox;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Every access to a client's file by staff is journaled, browsable, visible to the client, and tamper-evident. */
class AccessJournalIT extends BrowserTest {

    private static final String PASSWORD = "le journal garde la trace";

    @Test
    void fileAccesses_shouldBeJournaledAndShownToThePractitionerAndTheClient() throws Exception {
        String email = uniqueEmail("journal");
        String otherEmail = uniqueEmail("autre");
        loginAsOwner();
        long id = createClient("Journalier", "Agnès", email, "05/05/1975");
        long other = createClient("Autrui", "Paul", otherEmail, "06/06/1966");
        open("/cabinet/clients/fiche.xhtml?id=" + id);

        submit("journal");
        assertEquals("/cabinet/journal.xhtml", path());
        List<String> all = rows();
        assertTrue(all.stream().anyMatch(r -> r.contains("Consultation des comptes rendus")
                && r.contains("Suivi des consultations (P03)")), "the file shows consultations: journaled too " + all);
        List<String> rows = all.stream().filter(r -> r.contains("du dossier")).toList();
        assertEquals(3, rows.size(), "created, read after creation, read again: " + rows);
        assertTrue(rows.get(0).contains("Consultation du dossier") && rows.get(0).contains("Claire Martin")
                && rows.get(0).contains("Journalier Agnès") && rows.get(0).contains("Gérer l'identité du client (P01)"),
                rows.get(0));
        assertTrue(rows.get(2).contains("Création du dossier"), rows.get(2));
        assertFalse(String.join("\n", rows).contains("Autrui"), "only this client's file");

        String tomorrow = LocalDate.now(Dates.PARIS).plusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/uuuu"));
        type("form:from", tomorrow);
        clickAjax(find("form:apply"));
        assertTrue(rows().isEmpty() || rows().get(0).contains("Aucun accès"), "nothing from tomorrow on: " + rows());
        type("form:from", "31/02/2026");
        clickAjax(find("form:apply"));
        assertTrue(pageText().contains("Cette date n'existe pas."), pageText());

        open("/cabinet/journal.xhtml");
        assertTrue(pageText().contains("Autrui Paul"), "the whole journal");
        clickAjax(find("form:verify"));
        assertTrue(text("messages").startsWith("Journal intact"), text("messages"));

        var link = Mailbox.firstLink(new Mailbox(env.mail()).awaitMessage(email, 1));
        browser.manage().deleteAllCookies();
        activate(link, PASSWORD);
        loginAsClient(email, PASSWORD);
        submit("access-link");
        assertEquals("/portail/acces.xhtml", path());
        List<String> mine = rows();
        assertTrue(mine.size() >= 3, mine.toString());
        assertTrue(mine.stream().allMatch(r -> r.contains("Claire Martin")), mine.toString());
        assertTrue(mine.stream().anyMatch(r -> r.contains("Création du dossier")));
        assertTrue(other != id);
    }

    @Test
    void changedOrDeletedEntry_shouldBeFoundByTheVerificationPageAndCommand() throws Exception {
        loginAsOwner();
        long id = createClient("Falsifié", "Jean", uniqueEmail("falsifie"), "07/07/1977");
        assertEquals(0, adminVerify(), "intact before");

        long seq;
        long clientId;
        try (var connection = env.database();
                var statement = connection.createStatement();
                var last = statement.executeQuery("SELECT seq, client_id FROM access_journal WHERE client_id = " + id
                        + " ORDER BY seq LIMIT 1")) {
            last.next();
            seq = last.getLong(1);
            clientId = last.getLong(2);
        }
        try {
            execute("UPDATE access_journal SET client_id = client_id + 1 WHERE seq = " + seq);
            open("/cabinet/journal.xhtml");
            clickAjax(find("form:verify"));
            assertTrue(text("messages").contains("altéré à partir de l'entrée n° " + seq), text("messages"));
            assertEquals(3, adminVerify(), "the command finds it too");
        } finally {
            execute("UPDATE access_journal SET client_id = " + clientId + " WHERE seq = " + seq);
        }
        assertEquals(0, adminVerify(), "intact once restored");
    }

    private List<String> rows() {
        return browser.findElements(By.cssSelector("[id$='lines_data'] tr")).stream().map(r -> r.getText())
                .filter(t -> !t.isBlank()).toList();
    }

    private void execute(String sql) throws Exception {
        try (var connection = env.database(); var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    /** Runs {@code carnet-admin.jar journal-verify} as an operator would; returns its exit code. */
    private int adminVerify() throws Exception {
        var run = env.admin("journal-verify");
        assertTrue(run.output().contains(run.exitCode() == 0 ? "Access journal intact" : "Access journal BROKEN"),
                run.output());
        return run.exitCode();
    }
}
