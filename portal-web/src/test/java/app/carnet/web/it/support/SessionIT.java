package app.carnet.web.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BrowserTest;
import app.carnet.web.it.Mailbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/** "Log out all my devices" ends the account's other sessions at their next request, and this one. */
class SessionIT extends BrowserTest {

    private static final String PASSWORD = "deux appareils une personne";

    @Test
    void logoutEverywhere_shouldEndTheSessionOnAnotherDevice() throws Exception {
        String email = uniqueEmail("appareils");
        loginAsOwner();
        createClient("Nomade", "Alix", email, "04/04/1994");
        String link = Mailbox.firstLink(new Mailbox(env.mail()).awaitMessage(email, 1));
        browser.manage().deleteAllCookies();
        activate(link, PASSWORD);
        loginAsClient(email, PASSWORD);
        assertEquals("/portail/index.xhtml", path());

        WebDriver phone = browser;
        browser = anotherBrowser();
        try {
            loginAsClient(email, PASSWORD);
            assertEquals("/portail/index.xhtml", path());
            submit("user:logout-everywhere");
            assertEquals("/portail/connexion.xhtml", path());
            assertTrue(text("form:bye-everywhere").startsWith("Toutes vos sessions sont fermées"));
        } finally {
            browser.quit();
            browser = phone;
        }
        open("/portail/acces.xhtml");
        assertEquals("/portail/connexion.xhtml", path(), "the phone's session is over");
        assertTrue(text("form:bye-everywhere").startsWith("Toutes vos sessions sont fermées"));
        loginAsClient(email, PASSWORD);
        assertEquals("/portail/index.xhtml", path(), "a new login works");
    }
}
