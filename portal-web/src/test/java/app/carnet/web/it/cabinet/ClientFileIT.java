package app.carnet.web.it.cabinet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.shared.Dates;
import app.carnet.web.it.BrowserTest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The client file in the back office: every field edited at once, checked, saved sealed, and the relationship's end. */
class ClientFileIT extends BrowserTest {

    @Test
    void edit_shouldRefuseEveryWrongFieldAtOnceAndThenSaveTheWholeFile() throws Exception {
        loginAsOwner();
        long id = createClient("Fichier", "Lucie", uniqueEmail("fichier"), "12/05/1975");
        submit("edit");
        assertEquals("/cabinet/clients/modifier.xhtml", path());
        type("form:siren", "123 456 789");
        type("form:mobilePhone", "06 12 34");
        type("form:postalCode", "75 011 !");
        referral();
        type("form:firstName", "");
        submit("form:submit");
        assertEquals("/cabinet/clients/modifier.xhtml", path(), "nothing saved: " + pageText());
        assertEquals("Ce SIREN n'est pas valable : 9 chiffres, dont le dernier est une clé de contrôle.",
                messageFor("siren"));
        assertTrue(messageFor("mobilePhone").startsWith("Ce numéro n'est pas valable"));
        assertEquals("Ce code postal n'est pas valable.", messageFor("postalCode"));
        assertEquals("Ce champ est obligatoire.", messageFor("sourceDetail"), "a referral says who");
        assertEquals("Ce champ est obligatoire.", messageFor("firstName"));
        open("/cabinet/clients/fiche.xhtml?id=" + id);
        assertEquals("Lucie", text("firstName"), "the file is as it was");

        submit("edit");
        type("form:siren", "732 829 320");
        type("form:mobilePhone", "+33 (0)6 12 34 56 78");
        type("form:otherPhone", "0044 20 7946 0958");
        type("form:address", "12 rue des Lilas\nBâtiment B");
        type("form:postalCode", "75011");
        type("form:city", "Paris");
        pick("form:maritalStatus", "Pacsé(e)");
        type("form:interests", "Randonnée, jardinage");
        referral();
        type("form:sourceDetail", "Dr Martin, médecin traitant");
        type("form:notes", "Préfère les rendez-vous du matin.");
        submit("form:submit");
        assertEquals("/cabinet/clients/fiche.xhtml", path(), pageText());
        assertTrue(pageText().contains("La fiche est enregistrée."));
        assertEquals("732829320", text("siren"));
        assertEquals("06 12 34 56 78", text("mobilePhone"), "a French number as the French write it");
        assertEquals("+442079460958", text("otherPhone"));
        assertEquals("12 rue des Lilas\nBâtiment B\n75011 Paris", text("address"));
        assertEquals("Pacsé(e)", text("maritalStatus"));
        assertEquals("d'un tiers (recommandation)", text("source"));
        assertEquals("Dr Martin, médecin traitant", text("sourceDetail"));

        try (var connection = env.database();
                var statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM client WHERE id = ? AND mobile_phone_index IS NOT NULL AND notes IS NOT NULL")) {
            statement.setLong(1, id);
            try (var rows = statement.executeQuery()) {
                rows.next();
                assertEquals(1, rows.getInt(1), "stored, with its phone's blind index");
            }
        }
        open("/cabinet/journal.xhtml?client=" + id);
        assertTrue(text("form:lines").contains("Modification du dossier"), "the change is journaled");
    }

    @Test
    void relationship_shouldEndOnADayNotInTheFutureAndResume() throws Exception {
        loginAsOwner();
        long id = createClient("Départ", "Paul", uniqueEmail("depart"), "01/02/1970");
        var format = DateTimeFormatter.ofPattern("dd/MM/uuuu");
        LocalDate today = LocalDate.now(Dates.PARIS);
        type("relationship:endedOn", format.format(today.plusDays(2)));
        submit("relationship:end");
        assertTrue(text("relationship:endedOn-message").contains("ni dans le futur"),
                "next to the field: " + pageText());
        type("relationship:endedOn", "31/12/1969");
        submit("relationship:end");
        assertTrue(text("relationship:endedOn-message").contains("ni avant la naissance"), pageText());
        type("relationship:endedOn", "15/03/2021"); // a client of the practice before Carnet
        submit("relationship:end");
        assertTrue(text("ended-notice").contains("15 mars 2021"), text("ended-notice"));
        submit("relationship:resume");
        type("relationship:endedOn", "");
        submit("relationship:end");
        assertTrue(text("ended-notice").contains(Dates.date(today, java.util.Locale.FRENCH)), text("ended-notice"));
        assertTrue(browser.findElements(By.id("relationship:end")).isEmpty());
        submit("relationship:resume");
        assertTrue(pageText().contains("La relation reprend."));
        assertTrue(browser.findElements(By.id("ended-notice")).isEmpty());
        open("/cabinet/journal.xhtml?client=" + id);
        assertTrue(text("form:lines").contains("Fin de la relation"));
        assertTrue(text("form:lines").contains("Reprise de la relation"));
        assertFalse(pageText().contains("Départ Paul 01/02/1970"), "the journal names what, not the data");
    }

    /** The message PrimeFaces shows next to a field of the form. */
    private String messageFor(String field) {
        return browser
                .findElement(By
                        .xpath("//*[@id='form:" + field + "']/following-sibling::*[contains(@class, 'ui-message')][1]"))
                .getText();
    }

    private void referral() {
        find("form:source").findElement(By.xpath(".//label[contains(., 'recommandation')]")).click();
    }
}
