package app.carnet.web.it.cabinet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BrowserTest;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Bad input on the new-client form: a clear message in the user's language, and nothing written. */
class ClientFormIT extends BrowserTest {

    @Test
    void emptyForm_shouldSayWhatIsMissingAndWriteNothing() throws SQLException {
        loginAsOwner();
        long before = clientCount();
        open("/cabinet/clients/nouveau.xhtml");
        submit("form:submit");
        assertEquals("/cabinet/clients/nouveau.xhtml", path());
        assertTrue(pageText().contains("Ce champ est obligatoire."));
        assertEquals(before, clientCount());
    }

    @Test
    void malformedInput_shouldBeRefusedFieldByField() throws SQLException {
        loginAsOwner();
        long before = clientCount();
        open("/cabinet/clients/nouveau.xhtml");
        type("form:lastName", "Roux");
        type("form:firstName", "Emma");
        type("form:email", "emma-at-nowhere");
        type("form:birthDate", "31/02/1990");
        submit("form:submit");
        assertTrue(pageText().contains("Cette date n'existe pas."), pageText());
        assertTrue(pageText().contains("Cette adresse électronique n'est pas valable."), "every problem at once");
        type("form:birthDate", "le 3 mars");
        submit("form:submit");
        assertTrue(pageText().contains("Saisissez une date au format jj/mm/aaaa."), pageText());

        type("form:birthDate", "12/12/2990");
        submit("form:submit");
        assertTrue(pageText().contains("Cette date de naissance n'est pas plausible."), pageText());
        assertTrue(pageText().contains("Cette adresse électronique n'est pas valable."), "every problem at once");
        assertEquals("Roux", find("form:lastName").getDomProperty("value"), "what was typed is kept");
        assertEquals(before, clientCount());
    }

    @Test
    void duplicateEmail_shouldBeRefusedWithoutASecondFile() throws SQLException {
        String email = uniqueEmail("doublon");
        loginAsOwner();
        createClient("Blanc", "Hugo", email, "20/07/1988");
        long before = clientCount();

        open("/cabinet/clients/nouveau.xhtml");
        type("form:lastName", "Blanc");
        type("form:firstName", "Hugo");
        type("form:email", email.toUpperCase());
        type("form:birthDate", "20/07/1988");
        submit("form:submit");
        assertTrue(pageText().contains("Un client utilise déjà cette adresse électronique."));
        assertEquals(before, clientCount());
    }

    @Test
    void english_shouldBeSelectableAndGiveEnglishMessages() {
        loginAsOwner();
        open("/cabinet/clients/nouveau.xhtml");
        submit("language:en");
        assertEquals("New client", browser.findElement(org.openqa.selenium.By.tagName("h1")).getText());
        submit("form:submit");
        assertTrue(pageText().contains("This field is required."));
    }

    private long clientCount() throws SQLException {
        try (var connection = env.database();
                var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT COUNT(*) FROM client")) {
            result.next();
            return result.getLong(1);
        }
    }
}
