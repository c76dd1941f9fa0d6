package app.carnet.web.it.cabinet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.shared.Dates;
import app.carnet.web.it.BrowserTest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Health data in the back office: the anamnesis, measurements with the BMI and its chart, voiding, the journal. */
class HealthIT extends BrowserTest {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @Test
    void practitioner_shouldNoteMeasureAndVoidWithEveryStepJournaled() throws Exception {
        LocalDate today = LocalDate.now(Dates.PARIS);
        loginAsOwner();
        long id = createClient("Santé", "Hugo", uniqueEmail("sante"), "06/06/1966");
        submit("health");
        assertEquals("/cabinet/clients/sante.xhtml", path());

        choose("form:kind", "Allergies");
        type("form:text", "Pollen de bouleau");
        clickAjax("form:note");
        assertTrue(pageText().contains("C'est noté."), pageText());
        assertTrue(text("form").contains("Pollen de bouleau"));

        type("form:text", "");
        clickAjax("form:note");
        assertTrue(pageText().contains("Ce champ est obligatoire."), "the text is required");

        measure(today.minusDays(60), "170", "");
        measure(today.minusDays(30), "", "72,5");
        measure(today.minusDays(1), "", "70");
        assertEquals(List.of("170 |  | ", " | 72,5 | 25,1", " | 70 | 24,2"), rows(), "the BMI from the latest height");
        assertFalse(browser.findElements(By.cssSelector("#form\\:weight-chart canvas")).isEmpty(),
                "the chart is drawn");

        measure(today.plusDays(1), "", "soixante");
        assertTrue(pageText().contains("Cette date est dans le futur."), pageText());
        assertTrue(pageText().contains("Indiquez le poids en kilogrammes"), pageText());
        measure(today, "", "");
        assertTrue(pageText().contains("Indiquez la taille, le poids, ou les deux."), pageText());
        assertEquals(3, rows().size(), "nothing saved from a wrong form");

        var second = find("form:measurements").findElements(By.cssSelector("tbody tr")).get(1);
        clickAjax(second.findElement(By.cssSelector("button[id$=':void']")));
        clickAjax(find("form:measurements").findElement(By.cssSelector("button[id$=':confirm-void']"))
                .getDomAttribute("id"));
        assertTrue(pageText().contains("Ce champ est obligatoire."), "a reason is required");
        type(find("form:measurements").findElement(By.cssSelector("input[id$=':reason']")).getDomAttribute("id"),
                "erreur de saisie");
        clickAjax(find("form:measurements").findElement(By.cssSelector("button[id$=':confirm-void']"))
                .getDomAttribute("id"));
        var voided = find("form:measurements").findElements(By.cssSelector("tbody tr")).get(1);
        assertTrue(voided.getDomAttribute("class").contains("voided"), "struck out, not deleted");
        assertTrue(voided.getText().contains("erreur de saisie"));

        measure(today.minusDays(90), "", "68");
        assertEquals(" | 68 | 23,5", rows().get(0), "a weight older than any height: the BMI from the first height");

        open("/cabinet/journal.xhtml?client=" + id);
        String journal = text("form:lines");
        assertTrue(journal.contains("Consultation des données de santé"), journal);
        assertTrue(journal.contains("Ajout aux données de santé"), journal);
        assertTrue(journal.contains("Annulation d'une donnée de santé"), journal);
        assertFalse(journal.contains("Pollen"), "the journal says what was done, not the data");
    }

    @Test
    void partnerWithoutTheFile_shouldFindNoHealthPage() throws Exception {
        loginAsOwner();
        long id = createClient("Secret", "Nina", uniqueEmail("secret"), "07/07/1977");
        submit("user:logout");
        String email = uniqueEmail("curieux");
        long partner = env.createStaff("Paul", "Curieux", email, "un mot de passe assez long", "PARTNER");
        loginAsStaff(email, "un mot de passe assez long", env.enrolStaff(partner));
        open("/cabinet/clients/sante.xhtml?id=" + id);
        assertTrue(pageText().contains("Page introuvable"), pageText());
    }

    private void measure(LocalDate on, String height, String weight) {
        type("form:measuredOn", TYPED.format(on));
        type("form:heightCm", height);
        type("form:weightKg", weight);
        clickAjax("form:measure");
    }

    /** Height | weight | BMI of each measurement, oldest first. */
    private List<String> rows() {
        return find("form:measurements").findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().skip(1).limit(3).map(WebElement::getText)
                        .map(String::strip).reduce((a, b) -> a + " | " + b).orElse(""))
                .toList();
    }
}
