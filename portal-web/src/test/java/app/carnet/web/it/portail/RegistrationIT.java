package app.carnet.web.it.portail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BrowserTest;
import app.carnet.web.it.Mailbox;
import org.junit.jupiter.api.Test;

/** A visitor opens a portal account, then chooses the password from a signed link sent to the address. */
class RegistrationIT extends BrowserTest {

    private static final String PASSWORD = "je m'inscris moi-même";

    @Test
    void visitor_shouldRegisterConfirmTheAddressThenLogIn() throws Exception {
        String email = uniqueEmail("inscrite");
        open("/portail/connexion.xhtml");
        submit("form:register");
        register("Nouvelle", "Léa", email, "12/12/1992");
        assertTrue(text("done").startsWith("Presque fini"));

        var message = new Mailbox(env.mail()).awaitMessage(email, 1);
        assertTrue(message.getSubject().startsWith("Confirmez votre adresse"));
        assertFalse(Mailbox.body(message).contains("Léa"),
                "nothing typed by the visitor goes to an unverified address");
        String link = Mailbox.firstLink(message);
        assertTrue(link.startsWith(env.baseUrl() + "portail/confirmation.xhtml?jeton="), link);
        browser.get(link);
        waitForAjax();
        choosePassword("court", "court");
        assertTrue(pageText().contains("12 caractères"), "the link stays usable after a refusal");
        choosePassword(PASSWORD, PASSWORD);
        assertEquals("/portail/connexion.xhtml", path());
        assertTrue(pageText().contains("Votre espace client est activé."));
        loginAsClient(email, PASSWORD);
        assertEquals("/portail/index.xhtml", path());
        assertEquals("Nouvelle", text("lastName"));
        assertEquals("12 décembre 1992", text("birthDate"));

        browser.manage().deleteAllCookies();
        browser.get(link);
        waitForAjax();
        assertTrue(text("problem").contains("Ce lien n'est pas valable"));
    }

    @Test
    void knownAddress_shouldGetTheSameAnswerAndAnEmailInsteadOfASecondFile() throws Exception {
        String email = uniqueEmail("dejacliente");
        loginAsOwner();
        createClient("Existante", "Rose", email, "01/02/1970");
        String invitation = Mailbox.firstLink(new Mailbox(env.mail()).awaitMessage(email, 1));
        browser.manage().deleteAllCookies();
        activate(invitation, PASSWORD);
        open("/portail/inscription.xhtml");
        register("Intruse", "Eve", email, "01/01/1990");
        assertTrue(text("done").startsWith("Presque fini"), "the page says nothing of the address");

        var mailbox = new Mailbox(env.mail());
        var warning = mailbox.awaitMessage(email, 2);
        assertFalse(Mailbox.body(warning).contains("Eve"), "nothing typed by the visitor");
        assertTrue(warning.getSubject().startsWith("Vous avez déjà un espace client"), warning.getSubject());
        try (var connection = env.database();
                var statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM client WHERE email_index = ?")) {
            statement.setBytes(1, env.clientEmailIndex(email));
            try (var rows = statement.executeQuery()) {
                rows.next();
                assertEquals(1, rows.getInt(1));
            }
        }
    }

    @Test
    void badInput_shouldShowEveryProblemAndCreateNothing() {
        open("/portail/inscription.xhtml");
        type("form:email", "pas-une-adresse");
        type("form:birthDate", "30/02/1990");
        submit("form:submit");
        String page = pageText();
        assertTrue(page.contains("Cette date n'existe pas."), page);
        assertTrue(page.contains("Cette adresse électronique n'est pas valable."), page);
        assertEquals(2, browser.findElements(org.openqa.selenium.By.cssSelector(".ui-message-error")).stream()
                .filter(e -> e.getText().contains("obligatoire")).count(), "last and first names are required");
    }

    @Test
    void openInvitation_shouldNotReplaceThePasswordOfAnAccountOpenedMeanwhile() throws Exception {
        String email = uniqueEmail("invitee");
        var mailbox = new Mailbox(env.mail());
        loginAsOwner();
        createClient("Invitée", "Chloé", email, "03/04/1985");
        String invitation = Mailbox.firstLink(mailbox.awaitMessage(email, 1));
        browser.manage().deleteAllCookies();
        open("/portail/inscription.xhtml");
        register("Invitée", "Chloé", email, "03/04/1985");
        browser.get(Mailbox.firstLink(mailbox.awaitMessage(email, 2)));
        waitForAjax();
        choosePassword(PASSWORD, PASSWORD);
        assertTrue(pageText().contains("Votre espace client est activé."), pageText());

        browser.get(invitation); // whoever reads the invitation (the practice's outbox) cannot take the account
        waitForAjax();
        if (browser.findElements(org.openqa.selenium.By.id("form:password")).size() > 0) {
            choosePassword("un autre mot de passe encore", "un autre mot de passe encore");
        }
        assertTrue(pageText().contains("a déjà servi"), pageText());
        loginAsClient(email, PASSWORD);
        assertEquals("/portail/index.xhtml", path(), "the account holder's password stands");
    }
}
