package app.carnet.web.it.portail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BrowserTest;
import app.carnet.web.it.Mailbox;
import org.junit.jupiter.api.Test;

/**
 * « Mes données et mes droits »: what Carnet holds about the client and why (purpose, legal basis, retention), read
 * from every module's registry, who receives the file, and the CNIL.
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
}
