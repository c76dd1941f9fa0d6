package app.carnet.web.it.portail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BrowserTest;
import app.carnet.web.it.Mailbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * « Mes données et mes droits »: what Carnet holds about the client and why (purpose, legal basis, retention), read
 * from every module's registry, who receives the file, and the CNIL; and the erasure (art. 17): what would go and
 * what stay, read before asking, then carried out by the practitioner from the register, which keeps exactly the
 * access journal and answers by email.
 */
class RightsPageIT extends BrowserTest {

    private static final String PASSWORD = "mes droits et mes données";

    @Test
    void rightsPage_shouldSayWhatIsHeldWhyForHowLongAndWhereToComplain() throws Exception {
        String email = uniqueEmail("droits");
        var mailbox = new Mailbox(env.mail());
        loginAsOwner();
        createClient("Droits", "Léa", email, "02/02/1982");
        submit("user:logout");
        activate(Mailbox.firstLink(mailbox.awaitMessage(email, 1)), PASSWORD);
        loginAsClient(email, PASSWORD);

        submit("rights-link");
        String purposes = text("purposes");
        assertTrue(purposes.contains("Suivi des consultations (P03)"), purposes);
        assertTrue(purposes.contains("Le contrat qui vous lie au praticien"), "the legal basis: " + purposes);
        assertTrue(purposes.contains("Services d'authentification (P18)"), purposes);
        assertTrue(purposes.contains("Une obligation légale du praticien"), purposes);
        assertTrue(purposes.contains("trois ans au plus après sa fin"), "the retention: " + purposes);
        assertFalse(purposes.contains("rights.purpose"), "every purpose is described: " + purposes);
        assertTrue(text("recipients").contains("Personne d'autre"), text("recipients"));
        assertTrue(text("complaint").contains("3 place de Fontenoy"), text("complaint"));
        assertTrue(text("complaint").contains("www.cnil.fr/plaintes"));
    }

    @Test
    void erasure_shouldShowWhatGoesAndStaysThenBeCarriedOutFromTheRegister() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String lastName = "Effacement" + tag;
        String email = uniqueEmail("effacement");
        var mailbox = new Mailbox(env.mail());
        loginAsOwner();
        long client = createClient(lastName, "Paul", email, "05/05/1985");
        String partner = sharedWithAPartner(client, tag);
        submit("user:logout");
        activate(Mailbox.firstLink(mailbox.awaitMessage(email, 1)), PASSWORD);
        loginAsClient(email, PASSWORD);

        open("/portail/mes-droits.xhtml");
        clickAjax("erasure:show-plan");
        String erases = text("plan-erases");
        assertTrue(erases.contains("Dossier (identité, coordonnées") && erases.contains("Espace client"), erases);
        String keeps = text("plan-keeps");
        assertTrue(keeps.contains("Lignes du journal des accès") && keeps.contains("preuve de la sécurité"), keeps);
        assertFalse(erases.contains("journal des accès"), erases);
        type("erasure:why", "Je déménage " + tag);
        submit("erasure:ask-erasure");
        assertTrue(pageText().contains("Votre demande d'effacement est envoyée"), pageText());
        assertTrue(find("erasure:erasure-pending").isDisplayed());
        assertTrue(text("mine").contains("Je déménage " + tag), text("mine"));
        assertEquals(1, env.queryLong("SELECT COUNT(*) FROM rights_request WHERE client_id = ? AND type = 'ERASURE'",
                client));

        submit("user:logout");
        loginAsOwner();
        open("/cabinet/droits/index.xhtml");
        var row = find("register").findElement(By.xpath(".//tr[contains(., '" + lastName + "')]"));
        assertTrue(row.getText().contains("Effacement"), row.getText());
        submit(row.findElement(By.tagName("a")).getDomAttribute("id"));
        clickAjax("form:show-plan");
        assertTrue(text("plan-keeps").contains("Lignes du journal des accès"), text("plan-keeps"));
        String answer = find("form:erasure-answer").getDomProperty("value");
        assertTrue(answer.contains("Nous avons effacé") && answer.contains("Dossier"), answer);
        find("form:carry-out").click();
        submit("form:confirm-yes");
        assertTrue(pageText().contains("Les données sont effacées et la réponse est envoyée"), pageText());

        assertEquals(0, env.queryLong("SELECT COUNT(*) FROM client WHERE id = ?", client), "the file is gone");
        assertEquals(0, env.queryLong("SELECT COUNT(*) FROM client_credential WHERE client_id = ?", client));
        assertEquals(0, env.queryLong("SELECT COUNT(*) FROM rights_request WHERE client_id = ?", client));
        assertTrue(env.queryLong("SELECT COUNT(*) FROM access_journal WHERE client_id = ?", client) > 0,
                "the journal stays, as the plan said");
        assertEquals(1, env.queryLong("SELECT COUNT(*) FROM access_journal WHERE client_id = ? AND action = ?",
                client, "DATA_ERASED"), "the erasure's proof");
        var done = mailbox.awaitMessage(email, 2);
        assertEquals("Votre demande d'effacement est exécutée", done.getSubject());
        String body = Mailbox.text(done);
        assertTrue(body.contains("Nous avons effacé") && body.contains("Lignes du journal des accès")
                && body.contains("www.cnil.fr/plaintes"), body);
        var notice = mailbox.awaitMessage(partner, 1);
        assertEquals("Les données d'un dossier partagé avec vous ont été effacées", notice.getSubject());
        assertFalse(Mailbox.text(notice).contains(lastName), "no name in the notice");
    }

    @Test
    void rectification_shouldLetTheClientCorrectTheirContactAndThePractitionerWhatTheyPointAt() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String lastName = "Dupond" + tag;
        String email = uniqueEmail("rectification");
        var mailbox = new Mailbox(env.mail());
        loginAsOwner();
        long client = createClient(lastName, "Anne", email, "04/04/1984");
        String partner = sharedWithAPartner(client, tag);
        open("/cabinet/clients/sante.xhtml?id=" + client);
        type("form:measuredOn", "02/11/2026");
        type("form:weightKg", "72,5");
        clickAjax("form:measure");
        submit("user:logout");
        activate(Mailbox.firstLink(mailbox.awaitMessage(email, 1)), PASSWORD);
        loginAsClient(email, PASSWORD);

        // The contact data, corrected by the client at once; a bad number changes nothing.
        clickAjax("form:edit-contact");
        type("form:mobilePhone", "12");
        submit("form:save-contact");
        assertTrue(pageText().contains("Ce numéro n'est pas valable"), pageText());
        type("form:mobilePhone", "06 11 22 33 44");
        type("form:city", "Lyon");
        submit("form:save-contact");
        assertTrue(pageText().contains("Vos coordonnées sont corrigées."), pageText());
        assertEquals("06 11 22 33 44", text("mobilePhone"));
        assertTrue(text("address").contains("Lyon"), text("address"));
        assertEquals(1, env.queryLong("SELECT COUNT(*) FROM rights_request WHERE client_id = ? AND type = "
                + "'RECTIFICATION' AND state = 'ANSWERED'", client), "the register has it, answered at once");
        var notice = mailbox.awaitMessage(partner, 1);
        assertEquals("Un dossier partagé avec vous a été rectifié", notice.getSubject());
        assertTrue(Mailbox.text(notice).contains("RGPD, art. 19") && !Mailbox.text(notice).contains(lastName),
                Mailbox.text(notice));

        // Anything else: pointed at, then corrected by the practitioner.
        open("/portail/mes-droits.xhtml");
        pick("rectification:item", "Nom : " + lastName);
        type("rectification:wrong", "Mon nom s'écrit avec un t");
        type("rectification:proposed", "Dupont" + tag);
        submit("rectification:ask-rectification");
        assertTrue(pageText().contains("Votre demande de rectification est envoyée"), pageText());
        assertTrue(text("mine").contains("Rectification demandée : Nom : " + lastName), text("mine"));
        pick("rectification:item", "Poids (kg) du 2 novembre 2026 : 72,5");
        type("rectification:wrong", "C'était 70 kg");
        submit("rectification:ask-rectification");
        assertTrue(pageText().contains("Votre demande de rectification est envoyée"), pageText());

        submit("user:logout");
        loginAsOwner();
        open("/cabinet/droits/demande.xhtml?id=" + env.queryLong(
                "SELECT id FROM rights_request WHERE client_id = ? AND item_ref = 'client:lastName'", client));
        assertEquals(lastName, text("item-value"));
        type("form:corrected", "Dupont" + tag);
        type("form:rectification-answer", "Votre nom est corrigé.");
        submit("form:accept-rectification");
        assertTrue(pageText().contains("La donnée est rectifiée et la réponse est envoyée."), pageText());
        var answer = mailbox.awaitMessage(email, 2);
        assertEquals("Votre demande de rectification : la réponse", answer.getSubject());
        assertTrue(Mailbox.text(answer).contains("Votre nom est corrigé."));
        assertEquals("Un dossier partagé avec vous a été rectifié", mailbox.awaitMessage(partner, 2).getSubject(),
                "the partner is told of each rectification (art. 19)");

        open("/cabinet/droits/demande.xhtml?id=" + env.queryLong(
                "SELECT id FROM rights_request WHERE client_id = ? AND item_ref LIKE 'measurement:%'", client));
        assertEquals("72,5", text("item-value"));
        type("form:corrected", "soixante-dix");
        type("form:rectification-answer", "Votre poids est corrigé.");
        submit("form:accept-rectification");
        assertTrue(pageText().contains("Indiquez le poids en kilogrammes"), pageText());
        assertEquals(1, env.queryLong("SELECT COUNT(*) FROM measurement WHERE client_id = ?", client),
                "a refused value writes nothing");
        type("form:corrected", "70");
        submit("form:accept-rectification");
        assertTrue(pageText().contains("La donnée est rectifiée"), pageText());
        assertEquals(1, env.queryLong("SELECT COUNT(*) FROM measurement WHERE client_id = ? AND voided_at IS NULL",
                client), "the corrected one only");
        assertEquals(2, env.queryLong("SELECT COUNT(*) FROM measurement WHERE client_id = ?", client),
                "the wrong one struck out, not deleted");

        open("/cabinet/clients/fiche.xhtml?id=" + client);
        assertEquals("Dupont" + tag, text("lastName"));
        open("/cabinet/clients/sante.xhtml?id=" + client);
        assertTrue(pageText().contains("Rectifiée à la demande du client"), pageText());
    }

    /** Shares the client's file (the owner logged in) with a new partner, a recipient of its data: their email. */
    private String sharedWithAPartner(long client, String tag) throws java.sql.SQLException {
        String email = uniqueEmail("destinataire");
        env.createStaff("Iris", "Destinataire" + tag, email, PASSWORD, "PARTNER");
        open("/cabinet/clients/fiche.xhtml?id=" + client);
        pick("sharing:shareWith", "Iris Destinataire" + tag);
        clickAjax(find("sharing:share"));
        assertTrue(text("sharing:shared-with").contains("Iris Destinataire" + tag));
        return email;
    }
}
