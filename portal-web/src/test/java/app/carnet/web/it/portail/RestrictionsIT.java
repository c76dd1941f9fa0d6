package app.carnet.web.it.portail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BookingPages;
import app.carnet.web.it.Mailbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Objection (GDPR art. 21) and limitation (art. 18) from the portal, honoured by the outbox and by every write: the
 * client stops the communications (P11) and an email about their appointment (P02) still reaches them; they ask that
 * their data be limited (an empty request refused, writing nothing); the practitioner sees the banner, cannot change
 * the file, and lifts the limitation only by telling the client, whose email arrives.
 */
class RestrictionsIT extends BookingPages {

    private static final String PASSWORD = "mes données seulement gardées";

    @Test
    void objectionAndLimitation_shouldStopEmailsAndWritesUntilLiftedWithANotice() throws Exception {
        String email = uniqueEmail("limite");
        var mailbox = new Mailbox(env.mail());
        loginAsOwner();
        String service = setUpBooking("INSTANT", 0);
        long client = createClient("Limitée", "Rose", email, "03/03/1983");
        String partner = uniqueEmail("destinataire");
        String partnerName = "Associé" + Long.toString(System.nanoTime(), 36);
        env.createStaff("Hugo", partnerName, partner, PASSWORD, "PARTNER");
        open("/cabinet/clients/fiche.xhtml?id=" + client);
        pick("sharing:shareWith", "Hugo " + partnerName);
        clickAjax(find("sharing:share"));
        submit("user:logout");
        activate(Mailbox.firstLink(mailbox.awaitMessage(email, 1)), PASSWORD);
        loginAsClient(email, PASSWORD);

        // Objection: the communications switch, off at once, kept
        open("/portail/mes-droits.xhtml");
        assertTrue(text("switches").contains("(P11)"), text("switches"));
        assertTrue(text("state-P11").contains("en service"));
        submit("objections:switch:1:turn");
        assertTrue(text("messages").contains("ce traitement est arrêté pour vous"), pageText());
        assertTrue(text("state-P11").contains("arrêté à votre demande"), text("switches"));
        assertTrue(text("state-P07").contains("en service"), "the others run: " + text("switches"));
        assertEquals(1, env.queryLong("SELECT COUNT(*) FROM rights_objection_change WHERE client_id = ?"
                + " AND purpose = 'P11' AND objected = 1", client));
        submit("user:logout");

        // An email about an appointment (P02) is not stopped by it
        loginAsOwner();
        bookFor(client, service, monday(3).plusDays(2), "10h");
        assertTrue(Mailbox.subject(mailbox.awaitMessage(email, 2)).startsWith("Rendez-vous confirmé"));
        submit("user:logout");

        // Limitation: an empty request is refused and writes nothing; a real one holds at once
        loginAsClient(email, PASSWORD);
        open("/portail/mes-droits.xhtml");
        submit("limitation:ask");
        assertTrue(text("messages").contains("Ce champ est obligatoire."), pageText());
        assertEquals(0, env.queryLong("SELECT COUNT(*) FROM rights_limitation WHERE client_id = ?", client));
        var accuracy = find("limitation:ground").findElement(By.cssSelector("label[for='limitation:ground:0']"));
        assertEquals("L'exactitude de mes données est contestée (art. 18.1 a)", accuracy.getText());
        accuracy.click();
        type("limitation:reason", "Mon adresse est fausse");
        submit("limitation:ask");
        assertTrue(text("limited").contains("Vos données sont limitées depuis le"), pageText());
        assertEquals("Les données d'un dossier partagé avec vous sont limitées",
                Mailbox.subject(mailbox.awaitMessage(partner, 1)), "the file's recipient is told (art. 19)");
        submit("user:logout");

        // The practitioner sees the banner, on the file and its other pages, and cannot change the file
        loginAsOwner();
        open("/cabinet/clients/fiche.xhtml?id=" + client);
        String banner = text("limitation-banner");
        assertTrue(banner.contains("Données limitées depuis le"), banner);
        assertTrue(banner.contains("L'exactitude de mes données est contestée"), banner);
        assertTrue(banner.contains("Mon adresse est fausse"), banner);
        open("/cabinet/clients/sante.xhtml?id=" + client);
        assertTrue(text("limitation-banner").contains("Données limitées"));
        open("/cabinet/clients/echanges.xhtml?id=" + client);
        assertTrue(text("limitation-banner").contains("Données limitées"), "the conversation reads: " + pageText());
        open("/cabinet/clients/modifier.xhtml?id=" + client);
        type("form:city", "Ailleurs");
        submit("form:submit");
        assertTrue(text("messages").contains("Les données de ce client sont limitées (RGPD, art. 18)"), pageText());
        open("/cabinet/clients/fiche.xhtml?id=" + client);
        assertFalse(text("contact").contains("Ailleurs"), "nothing was written: " + text("contact"));

        // Lifting tells the client first (art. 18(3))
        int before = mailbox.messagesTo(email).size();
        submit("limitation-lift:lift");
        assertTrue(text("messages").contains("La limitation est levée"), pageText());
        var notice = mailbox.awaitMessage(email, before + 1);
        assertTrue(Mailbox.subject(notice).contains("La limitation de vos données"), Mailbox.subject(notice));
        assertTrue(Mailbox.text(notice).contains("article 18.3"), Mailbox.text(notice));
        assertEquals(1, env.queryLong("SELECT COUNT(*) FROM rights_limitation WHERE client_id = ?"
                + " AND lifted_at IS NOT NULL AND notice_sent_at IS NOT NULL", client));
        assertFalse(pageText().contains("Données limitées"), pageText());
        open("/cabinet/clients/modifier.xhtml?id=" + client);
        type("form:city", "Ailleurs");
        submit("form:submit");
        assertTrue(text("contact").contains("Ailleurs"), "written again once lifted: " + text("contact"));
    }
}
