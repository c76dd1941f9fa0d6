package app.carnet.web.it.cabinet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BrowserTest;
import org.junit.jupiter.api.Test;

/** The forms of a client's file (edit, health, consultation, exchanges, personal data) speak English when asked to. */
class EnglishFormsIT extends BrowserTest {

    @Test
    void clientFileForms_shouldRefuseBadInputInEnglish() {
        loginAsOwner();
        long id = createClient("Anglais", "Oliver", uniqueEmail("english"), "03/03/1973");
        submit("language:en");
        assertTrue(pageText().contains("The client's personal data"), pageText());
        assertTrue(text("erase-after-end").contains("once the end of the relationship is noted"));

        open("/cabinet/clients/modifier.xhtml?id=" + id);
        type("form:siren", "123 456 789");
        type("form:mobilePhone", "06 12 34");
        type("form:firstName", "");
        submit("form:submit");
        String edit = pageText();
        assertTrue(edit.contains("This SIREN is not valid") && edit.contains("This number is not valid")
                && edit.contains("This field is required."), edit);

        open("/cabinet/clients/sante.xhtml?id=" + id);
        type("form:weightKg", "4000");
        clickAjax("form:measure");
        assertTrue(pageText().contains("Give the weight in kilograms"), pageText());

        open("/cabinet/clients/consultation.xhtml?client=" + id);
        submit("form:save");
        assertTrue(pageText().contains("This field is required."), "the reason is required: " + pageText());

        open("/cabinet/clients/echanges.xhtml?id=" + id);
        type("form:time", "25h99");
        clickAjax("form:log");
        assertTrue(pageText().contains("Type a time as hh:mm."), pageText());
    }
}
