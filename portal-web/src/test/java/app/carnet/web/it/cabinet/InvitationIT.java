package app.carnet.web.it.cabinet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BrowserTest;
import app.carnet.web.it.Mailbox;
import app.carnet.web.it.TestEnvironment;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Invitation links that cannot be used say why, in the client's language, and change nothing. */
class InvitationIT extends BrowserTest {

    private static final String PASSWORD = "le chat dort sur le radiateur";

    @Test
    void usedLink_shouldSayItAlreadyServed() throws Exception {
        String link = invite(uniqueEmail("used"));
        activate(link, PASSWORD);

        browser.get(link);
        waitForAjax();
        assertTrue(text("problem").contains("a déjà servi"), text("problem"));
        submit("to-login");
        assertEquals("/portail/connexion.xhtml", path());
        browser.navigate().back();
        waitForAjax();
        assertTrue(browser.findElements(org.openqa.selenium.By.id("form:password")).isEmpty());
    }

    @Test
    void expiredLink_shouldSayItExpiredAndSetNoPassword() throws Exception {
        String email = uniqueEmail("expired");
        String link = invite(email);
        assertEquals(1, expire(email, Duration.ofHours(1)));
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
        assertEquals(1, expire(email, Duration.ofSeconds(1)));
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
        choosePassword("court", "court");
        assertTrue(pageText().contains("Le mot de passe doit compter au moins 12 caractères."), pageText());

        choosePassword("Qwerty123456", "Qwerty123456");
        assertTrue(pageText().contains("Ce mot de passe est trop courant"), pageText());

        choosePassword(PASSWORD, PASSWORD + " !");
        assertTrue(pageText().contains("Les deux mots de passe ne sont pas identiques."), pageText());
        assertEquals(0, credentials(email));

        choosePassword(PASSWORD, PASSWORD);
        assertEquals(1, credentials(email));
    }

    @Test
    void englishClient_shouldGetTheEmailAndThePageInEnglish() throws Exception {
        String email = uniqueEmail("english");
        loginAsOwner();
        createClient("Smith", "Jane", email, "12/12/1980", "English");
        browser.manage().deleteAllCookies();
        var invitation = new Mailbox(env.mail()).awaitMessage(email, 1);
        assertEquals("Your client area at " + TestEnvironment.PRACTICE_NAME, invitation.getSubject());
        browser.get(Mailbox.firstLink(invitation));
        waitForAjax();
        assertEquals("Activate my client area", browser.findElement(org.openqa.selenium.By.tagName("h1")).getText());
        choosePassword("short", "short");
        assertTrue(pageText().contains("The password must have at least 12 characters."), pageText());

        choosePassword("a long enough pass phrase", "a long enough pass phrase");
        browser.manage().deleteAllCookies();
        loginAsClient(email, "a long enough pass phrase");
        assertEquals("My area", browser.findElement(org.openqa.selenium.By.tagName("h1")).getText(),
                "a new browser shows the portal in the client's language");
    }

    /** Creates a client as the owner, logs out, and returns the invitation link. */
    private String invite(String email) throws Exception {
        loginAsOwner();
        createClient("Lefèvre", "Chloé", email, "09/09/1999");
        browser.manage().deleteAllCookies();
        return Mailbox.firstLink(new Mailbox(env.mail()).awaitMessage(email, 1));
    }

    /** Makes the client's invitation expire {@code ago}; instants are stored as UTC. */
    private int expire(String email, Duration ago) throws Exception {
        try (var connection = env.database();
                var statement = connection.prepareStatement(
                        "UPDATE invitation SET expires_at = ? WHERE client_id = (SELECT id FROM client WHERE email_index = ?)")) {
            statement.setObject(1, LocalDateTime.now(ZoneOffset.UTC).minus(ago));
            statement.setBytes(2, env.clientEmailIndex(email));
            return statement.executeUpdate();
        }
    }

    private int credentials(String email) throws Exception {
        try (var connection = env.database();
                var statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM client_credential cc JOIN client c ON c.id = cc.client_id WHERE c.email_index = ?")) {
            statement.setBytes(1, env.clientEmailIndex(email));
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
