package app.carnet.web.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BrowserTest;
import app.carnet.web.it.Mailbox;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** "Forgotten password": a signed single-use link, the same answer for unknown addresses, staff and clients. */
class PasswordResetIT extends BrowserTest {

    private static final String OLD = "mon ancien mot de passe";
    private static final String NEW = "mon nouveau mot de passe";

    @Test
    void client_shouldChooseANewPasswordOnceFromTheLink() throws Exception {
        String email = uniqueEmail("oubli");
        loginAsOwner();
        createClient("Oublieux", "Marc", email, "03/03/1983");
        var mailbox = new Mailbox(env.mail());
        String invitation = Mailbox.firstLink(mailbox.awaitMessage(email, 1));
        browser.manage().deleteAllCookies();
        activate(invitation, OLD);
        var otherDevice = browser;
        browser = anotherBrowser();
        loginAsClient(email, OLD); // a session open elsewhere with the old password
        var loggedInElsewhere = browser;
        browser = otherDevice;

        open("/portail/connexion.xhtml");
        submit("form:forgotten");
        type("form:email", email.toUpperCase());
        submit("form:submit");
        assertTrue(text("form:sent").startsWith("Si un compte existe pour cette adresse"));
        var message = mailbox.awaitMessage(email, 2);
        assertTrue(message.getSubject().startsWith("Réinitialiser votre mot de passe"));
        String link = Mailbox.firstLink(message);
        assertTrue(link.startsWith(env.baseUrl() + "reinitialisation.xhtml?jeton="), link);
        assertFalse(link.contains("oubli") || link.contains("client"), "no personal data in the link");

        browser.get(link);
        choosePassword(NEW, NEW);
        assertEquals("/portail/connexion.xhtml", path());
        assertTrue(pageText().contains("Votre nouveau mot de passe est enregistré."));
        var notice = mailbox.awaitMessage(email, 3);
        assertTrue(Mailbox.text(notice).contains("Le mot de passe de votre compte vient d'être changé."),
                Mailbox.text(notice));
        loginAsClient(email, OLD);
        assertEquals("/portail/connexion.xhtml", path(), "the old password no longer works");
        try {
            browser = loggedInElsewhere;
            open("/portail/index.xhtml");
            assertEquals("/portail/connexion.xhtml", path(), "the session opened with the old password is over");
        } finally {
            loggedInElsewhere.quit();
            browser = otherDevice;
        }
        loginAsClient(email, NEW);
        assertEquals("/portail/index.xhtml", path());

        browser.manage().deleteAllCookies();
        browser.get(link);
        waitForAjax();
        assertTrue(text("problem").contains("Ce lien n'est pas valable"), "a link serves once");
    }

    @Test
    void unknownAddress_shouldGetTheSameAnswerAndNoEmail() throws Exception {
        String email = uniqueEmail("inconnu");
        open("/portail/mot-de-passe-oublie.xhtml");
        type("form:email", email);
        submit("form:submit");
        assertTrue(text("form:sent").startsWith("Si un compte existe pour cette adresse"));
        awaitTheEmailOfALaterRequest();
        assertEquals(0, new Mailbox(env.mail()).messagesTo(email).size());
    }

    @Test
    void manyRequests_shouldSendAtMostThreeEmailsAnHourToOneAddress() throws Exception {
        String email = uniqueEmail("inondee");
        env.createStaff("Ana", "Inondée", email, OLD, "PARTNER");
        for (int i = 0; i < 5; i++) {
            open("/cabinet/mot-de-passe-oublie.xhtml");
            type("form:email", email);
            submit("form:submit");
            assertTrue(text("form:sent").startsWith("Si un compte existe pour cette adresse"),
                    "the same answer each time");
        }
        var mailbox = new Mailbox(env.mail());
        mailbox.awaitMessage(email, 3);
        awaitTheEmailOfALaterRequest();
        assertEquals(3, mailbox.messagesTo(email).size());
    }

    /**
     * Asks a reset for a staff member made for it, and waits for that email: the requests before it went the same
     * way, to the same asynchronous delivery, first; whatever they were to send has gone by then. A sentinel rather
     * than a fixed wait for an email that must not come.
     */
    private void awaitTheEmailOfALaterRequest() throws Exception {
        String sentinel = uniqueEmail("temoin");
        env.createStaff("Téo", "Témoin", sentinel, OLD, "PARTNER");
        open("/cabinet/mot-de-passe-oublie.xhtml");
        type("form:email", sentinel);
        submit("form:submit");
        new Mailbox(env.mail()).awaitMessage(sentinel, 1);
    }

    @Test
    void staffMember_shouldResetFromTheBackOfficeAndAnExpiredLinkBeRefused() throws Exception {
        String email = uniqueEmail("associee");
        env.createStaff("Inès", "Associée", email, OLD, "PARTNER");
        open("/cabinet/connexion.xhtml");
        submit("form:forgotten");
        type("form:email", email);
        submit("form:submit");
        var mailbox = new Mailbox(env.mail());
        String first = Mailbox.firstLink(mailbox.awaitMessage(email, 1));

        open("/cabinet/mot-de-passe-oublie.xhtml");
        type("form:email", email);
        submit("form:submit");
        String second = Mailbox.firstLink(mailbox.awaitMessage(email, 2));
        browser.get(first);
        waitForAjax();
        assertTrue(text("problem").contains("Ce lien n'est pas valable"), "a newer link replaces the older one");

        try (var connection = env.database();
                var statement = connection.prepareStatement(
                        "UPDATE account_link SET expires_at = ? WHERE used_at IS NULL AND principal LIKE 'staff:%'")) {
            statement.setObject(1, LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1));
            statement.executeUpdate();
        }
        browser.get(second);
        waitForAjax();
        assertTrue(text("problem").contains("Ce lien n'est pas valable"), "expired");
    }

    @Test
    void weakPassword_shouldBeRefusedAndTheLinkStayUsable() throws Exception {
        String email = uniqueEmail("remplacant");
        long replacement = env.createStaff("Hugo", "Remplaçant", email, OLD, "REPLACEMENT");
        var today = java.time.LocalDate.now(app.carnet.domain.shared.Dates.PARIS);
        env.setPeriod(replacement, today, today.plusDays(3));
        open("/cabinet/mot-de-passe-oublie.xhtml");
        type("form:email", email);
        submit("form:submit");
        String link = Mailbox.firstLink(new Mailbox(env.mail()).awaitMessage(email, 1));
        browser.get(link);
        choosePassword("court", "court");
        assertTrue(pageText().contains("12 caractères"), pageText());
        choosePassword(NEW, NEW);
        assertEquals("/cabinet/connexion.xhtml", path());
        type("form:email", email);
        type("form:password", NEW);
        submit("form:submit");
        assertFalse(path().equals("/cabinet/connexion.xhtml"), "logged in with the new password");
    }
}
