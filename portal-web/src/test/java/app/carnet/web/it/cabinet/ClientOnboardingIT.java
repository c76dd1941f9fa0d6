package app.carnet.web.it.cabinet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BrowserTest;
import app.carnet.web.it.Mailbox;
import app.carnet.web.it.TestEnvironment;
import org.junit.jupiter.api.Test;

/** The thin feature, as its users walk it: practitioner, invitation email, client portal. */
class ClientOnboardingIT extends BrowserTest {

    private static final String CLIENT_PASSWORD = "mon jardin fleurit en avril";

    @Test
    void invitedClient_shouldSetPasswordAndSeeOwnIdentityOnly() throws Exception {
        String email = uniqueEmail("louise.bernard");
        String otherEmail = uniqueEmail("paul.durand");
        loginAsOwner();
        assertEquals("/cabinet/index.xhtml", path());
        assertTrue(pageText().contains(TestEnvironment.PRACTICE_NAME), "the header names the practice");

        createClient("Bernard", "Louise", email, "14/03/1985");
        assertTrue(pageText().contains("La fiche est créée et l'invitation envoyée."));
        assertEquals("Bernard", text("lastName"));
        assertEquals("14 mars 1985", text("birthDate"));
        createClient("Durand", "Paul", otherEmail, "02/11/1979");

        var invitation = new Mailbox(env.mail()).awaitMessage(email, 1);
        assertEquals("Votre espace client chez " + TestEnvironment.PRACTICE_NAME, invitation.getSubject());
        String link = Mailbox.firstLink(invitation);
        assertTrue(link.startsWith(env.baseUrl() + "portail/invitation.xhtml?jeton="), link);
        assertFalse(link.contains("louise") || link.contains("Bernard"), "no personal data in the link");

        browser.manage().deleteAllCookies();
        activate(link, CLIENT_PASSWORD);
        assertEquals("/portail/connexion.xhtml", path());
        assertTrue(pageText().contains("Votre mot de passe est enregistré."));

        loginAsClient(email, CLIENT_PASSWORD);
        assertEquals("/portail/index.xhtml", path());
        assertEquals("Bernard", text("lastName"));
        assertEquals("Louise", text("firstName"));
        assertEquals(email, text("email"));
        String portal = pageText();
        assertFalse(portal.contains("Durand") || portal.contains(otherEmail), "nothing of another client");
    }

    @Test
    void outbox_shouldListTheInvitationWithItsStatus() throws Exception {
        String email = uniqueEmail("outbox");
        loginAsOwner();
        createClient("Petit", "Jeanne", email, "01/01/1990");
        new Mailbox(env.mail()).awaitMessage(email, 1);

        open("/cabinet/courriels.xhtml");
        assertTrue(text("outbox-mode").contains("serveur SMTP configuré"));
        assertTrue(pageText().contains(email));
    }

    @Test
    void reinvite_shouldSendANewLinkAndRetireTheOldOne() throws Exception {
        String email = uniqueEmail("reinvite");
        loginAsOwner();
        createClient("Moreau", "Alice", email, "05/06/1970");
        var mailbox = new Mailbox(env.mail());
        String first = Mailbox.firstLink(mailbox.awaitMessage(email, 1));

        submit("form:reinvite");
        assertTrue(pageText().contains("Une nouvelle invitation est envoyée"));
        String second = Mailbox.firstLink(mailbox.awaitMessage(email, 2));
        assertFalse(first.equals(second));

        browser.get(first);
        waitForAjax();
        assertTrue(text("problem").contains("remplacé par une invitation plus récente"), text("problem"));
        browser.get(second);
        waitForAjax();
        find("form:password");
    }
}
