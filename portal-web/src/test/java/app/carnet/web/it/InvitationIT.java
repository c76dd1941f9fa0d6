package app.carnet.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Invitation links that cannot be used say why, in the client's language, and change nothing. */
class InvitationIT extends BrowserTest {

    private static final String PASSWORD = "le chat dort sur le radiateur";

    @Test
    void usedLink_shouldSayItAlreadyServed() throws Exception {
        String link = invite(uniqueEmail("used"));
        browser.get(link);
        waitForAjax();
        type("form:password", PASSWORD);
        type("form:passwordConfirmation", PASSWORD);
        submit("form:submit");

        browser.get(link);
        waitForAjax();
        assertTrue(text("problem").contains("a déjà servi"), text("problem"));
        assertTrue(browser.findElements(org.openqa.selenium.By.id("form:password")).isEmpty());
    }

    @Test
    void expiredLink_shouldSayItExpiredAndSetNoPassword() throws Exception {
        String email = uniqueEmail("expired");
        String link = invite(email);
        try (var connection = env.database(); var statement = connection.prepareStatement(
                "UPDATE invitation SET expires_at = NOW(6) - INTERVAL 1 HOUR WHERE client_id ="
                        + " (SELECT id FROM client WHERE email = ?)")) {
            statement.setString(1, email);
            assertEquals(1, statement.executeUpdate());
        }
        browser.get(link);
        waitForAjax();
        assertTrue(text("problem").contains("a expiré"), text("problem"));
        assertEquals(0, credentials(email));
    }

    @Test
    void linkExpiringWhileTyping_shouldBeRefusedOnSubmit() throws Exception {
        String email = uniqueEmail("late");
        String link = invite(email);
        browser.get(link);
        waitForAjax();
        type("form:password", PASSWORD);
        type("form:passwordConfirmation", PASSWORD);
        try (var connection = env.database(); var statement = connection.prepareStatement(
                "UPDATE invitation SET expires_at = NOW(6) - INTERVAL 1 SECOND WHERE client_id ="
                        + " (SELECT id FROM client WHERE email = ?)")) {
            statement.setString(1, email);
            statement.executeUpdate();
        }
        submit("form:submit");
        assertTrue(pageText().contains("Ce lien d'invitation a expiré."), pageText());
        assertEquals(0, credentials(email));
    }

    @Test
    void unknownOrMissingToken_shouldSayTheLinkIsNotValid() {
        open("/portail/invitation.xhtml?jeton=nimportequoi");
        assertTrue(text("problem").contains("n'est pas valable"));
        open("/portail/invitation.xhtml");
        assertTrue(text("problem").contains("n'est pas valable"));
    }

    @Test
    void shortOrMismatchedPassword_shouldBeRefusedAndTheLinkStayValid() throws Exception {
        String email = uniqueEmail("weak");
        String link = invite(email);
        browser.get(link);
        waitForAjax();
        type("form:password", "court");
        type("form:passwordConfirmation", "court");
        submit("form:submit");
        assertTrue(pageText().contains("Le mot de passe doit compter au moins 12 caractères."), pageText());

        type("form:password", PASSWORD);
        type("form:passwordConfirmation", PASSWORD + " !");
        submit("form:submit");
        assertTrue(pageText().contains("Les deux mots de passe ne sont pas identiques."), pageText());
        assertEquals(0, credentials(email));

        type("form:password", PASSWORD);
        type("form:passwordConfirmation", PASSWORD);
        submit("form:submit");
        assertEquals(1, credentials(email));
    }

    /** Creates a client as the owner, logs out, and returns the invitation link. */
    private String invite(String email) throws Exception {
        loginAsOwner();
        createClient("Lefèvre", "Chloé", email, "09/09/1999");
        browser.manage().deleteAllCookies();
        return Mailbox.firstLink(new Mailbox(env.mail()).awaitMessage(email, 1));
    }

    private int credentials(String email) throws Exception {
        try (var connection = env.database(); var statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM client_credential cc JOIN client c ON c.id = cc.client_id WHERE c.email = ?")) {
            statement.setString(1, email);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
