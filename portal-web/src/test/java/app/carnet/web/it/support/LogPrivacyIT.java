package app.carnet.web.it.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BrowserTest;
import app.carnet.web.it.Mailbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The server's log never holds personal data: canary values go through the main paths, wrong inputs
 * and failures included, and none of them is in what the server wrote.
 */
class LogPrivacyIT extends BrowserTest {

    @Test
    void serverLog_shouldHoldNoPersonalValueTypedIntoCarnet() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String lastName = "Logcanarylast" + tag;
        String firstName = "Logcanaryfirst" + tag;
        String email = "logcanary." + tag + "@canari.test";
        String password = "logcanary password " + tag;

        loginAsOwner();
        long id = createClient(lastName, firstName, email, "08/08/1988");
        open("/cabinet/clients/nouveau.xhtml"); // a duplicate, then a name too long: refused
        type("form:lastName", lastName);
        type("form:firstName", firstName + "x".repeat(120));
        type("form:email", email);
        type("form:birthDate", "31/02/1988");
        submit("form:submit");
        assertTrue(pageText().contains("Cette date n'existe pas."));
        open("/cabinet/clients/fiche.xhtml?id=" + id);
        open("/cabinet/journal.xhtml?client=" + id);
        open("/cabinet/courriels.xhtml");
        browser.manage().deleteAllCookies();

        open("/cabinet/connexion.xhtml"); // wrong logins, with personal values as the address and password
        type("form:email", email);
        type("form:password", password);
        submit("form:submit");
        var link = Mailbox.firstLink(new Mailbox(env.mail()).awaitMessage(email, 1));
        activate(link, password);
        loginAsClient(email, password + "wrong");
        loginAsClient(email, password);
        open("/portail/acces.xhtml");

        String log = Files.readString(env.serverLog(), StandardCharsets.UTF_8);
        assertTrue(log.contains("Encryption keys loaded"), "this is the server's log");
        String lower = log.toLowerCase(Locale.ROOT);
        for (String canary : List.of(lastName, firstName, email, password, "1988-08-08", "08/08/1988")) {
            assertFalse(lower.contains(canary.toLowerCase(Locale.ROOT)), "the log holds " + canary);
        }
        assertFalse(lower.contains("logcanary"), "the log holds a canary");
    }
}
