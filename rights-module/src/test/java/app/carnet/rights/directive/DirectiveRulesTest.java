package app.carnet.rights.directive;

import static app.carnet.rights.directive.DirectiveCategory.APPOINTMENTS;
import static app.carnet.rights.directive.DirectiveCategory.EXCHANGES;
import static app.carnet.rights.directive.DirectiveCategory.FILE;
import static app.carnet.rights.directive.DirectiveCategory.HEALTH;
import static app.carnet.rights.directive.DirectiveChoice.COMMUNICATE;
import static app.carnet.rights.directive.DirectiveChoice.ERASE;
import static app.carnet.rights.directive.DirectiveChoice.KEEP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.privacy.Hold;
import app.carnet.domain.privacy.Purpose;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Violation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectiveRulesTest {

    private static Map<DirectiveCategory, DirectiveChoice> choices(DirectiveChoice file, DirectiveChoice health,
            DirectiveChoice appointments, DirectiveChoice exchanges) {
        var choices = new EnumMap<DirectiveCategory, DirectiveChoice>(DirectiveCategory.class);
        choices.put(FILE, file);
        choices.put(HEALTH, health);
        choices.put(APPOINTMENTS, appointments);
        choices.put(EXCHANGES, exchanges);
        return choices;
    }

    private static List<Violation> violations(DirectiveForm form) {
        return assertThrows(BusinessException.class, () -> DirectiveRules.check(form)).violations();
    }

    @Test
    void check_shouldKeepValidDirectivesWithTheirDesignee() {
        var terms = DirectiveRules.check(new DirectiveForm(choices(KEEP, COMMUNICATE, ERASE, ERASE), " Léa Martin ",
                " Lea.Martin@Example.org ", "Pour ma fille", true));
        assertEquals(COMMUNICATE, terms.choice(HEALTH));
        assertEquals(Set.of(APPOINTMENTS, EXCHANGES), terms.with(ERASE));
        assertEquals("Léa Martin", terms.designeeName());
        assertEquals("lea.martin@example.org", terms.designeeEmail());
        assertEquals("FILE=KEEP,HEALTH=COMMUNICATE,APPOINTMENTS=ERASE,EXCHANGES=ERASE", terms.encoded());
        assertEquals(terms.choices(), DirectiveTerms.decode(terms.encoded()));
    }

    @Test
    void check_shouldRefuseWithoutTheSpecificConsent() {
        var problems = violations(new DirectiveForm(choices(KEEP, KEEP, KEEP, KEEP), null, null, null, false));
        assertEquals(List.of(new Violation("consent", "directives.consent.required")), problems);
    }

    @Test
    void check_shouldRefuseToCommunicateWithoutADesignee() {
        var problems = violations(new DirectiveForm(choices(KEEP, COMMUNICATE, KEEP, KEEP), " ", "", null, true));
        assertEquals(List.of(new Violation("designeeName", "directives.designee.required")), problems);
    }

    @Test
    void check_shouldRefuseADesigneeWithoutAnEmail() {
        var problems = violations(new DirectiveForm(choices(KEEP, COMMUNICATE, KEEP, KEEP), "Léa", null, null, true));
        assertEquals(List.of(new Violation("designeeEmail", "directives.designee.email")), problems);
        // even when nothing is to be communicated: a designee is named with the address that reaches them
        problems = violations(new DirectiveForm(choices(KEEP, KEEP, KEEP, KEEP), "Léa", "", null, true));
        assertEquals(List.of(new Violation("designeeEmail", "directives.designee.email")), problems);
    }

    @Test
    void check_shouldRefuseAnEmailThatIsNoneAndAnEmailWithoutName() {
        assertEquals(List.of(new Violation("designeeEmail", "validation.email")), violations(new DirectiveForm(
                choices(KEEP, COMMUNICATE, KEEP, KEEP), "Léa", "lea-at-example", null, true)));
        assertEquals(List.of(new Violation("designeeName", "validation.required")), violations(new DirectiveForm(
                choices(KEEP, COMMUNICATE, KEEP, KEEP), null, "lea@example.org", null, true)));
    }

    @Test
    void check_shouldRefuseToEraseTheFileAndAMissingChoice() {
        var missing = choices(ERASE, KEEP, KEEP, KEEP);
        missing.remove(EXCHANGES);
        var problems = violations(new DirectiveForm(missing, null, null, null, true));
        assertEquals(List.of(new Violation("choice-FILE", "directives.notErasable"),
                new Violation("choice-EXCHANGES", "validation.required")), problems);
    }

    @Test
    void check_shouldAcceptKeepingEverythingWithoutADesignee() {
        var terms = DirectiveRules.check(new DirectiveForm(choices(KEEP, KEEP, KEEP, KEEP), null, null, null, true));
        assertEquals(null, terms.designeeEmail());
        assertTrue(DirectiveRules.communicated(terms).isEmpty());
    }

    @Test
    void communicated_shouldBeTheSectionsOfTheCategoriesToCommunicate() {
        var terms = new DirectiveTerms(choices(KEEP, COMMUNICATE, ERASE, KEEP), "Léa", "lea@example.org", null);
        assertEquals(HEALTH.sections(), DirectiveRules.communicated(terms));
        assertTrue(DirectiveRules.communicated(terms).contains("pieces-jointes"), "the attachments go with them");
    }

    @Test
    void erasure_shouldEraseOnlyModulesWhollyInErasedCategoriesAndNotHeld() {
        var terms = new DirectiveTerms(choices(KEEP, COMMUNICATE, ERASE, ERASE), "Léa", "lea@example.org", null);
        var parts = List.of(new DirectiveRules.HolderPart("booking", Set.of("appointment"), Set.of("appointments")),
                new DirectiveRules.HolderPart("exchange", Set.of("message"), Set.of("messages", "incomingContacts")),
                new DirectiveRules.HolderPart("health", Set.of("measurement"), Set.of("measurements")),
                new DirectiveRules.HolderPart("journal", Set.of("access_journal"), Set.of("accessJournal")),
                new DirectiveRules.HolderPart("empty", Set.of("waitlist_entry"), Set.of()),
                new DirectiveRules.HolderPart("account", Set.of("outgoing_email"), Set.of("emails", "portalAccount")),
                new DirectiveRules.HolderPart("billing", Set.of("invoice"), Set.of("appointments")));
        var holds = List.of(new Hold("access_journal", "privacy.kept.access_journal", Purpose.P17, null),
                new Hold("invoice", "privacy.kept.invoice", Purpose.P19, null));
        var steps = DirectiveRules.erasure(terms, parts, holds);
        assertEquals(List.of(new DirectiveRules.Step("booking", true, "directives.erased"),
                new DirectiveRules.Step("exchange", true, "directives.erased"),
                new DirectiveRules.Step("account", false, "directives.kept.mixed"),
                new DirectiveRules.Step("billing", false, "privacy.kept.invoice")), steps);
    }

    @Test
    void erasure_shouldDoNothingWhenNothingIsToBeErased() {
        var terms = new DirectiveTerms(choices(KEEP, KEEP, KEEP, KEEP), null, null, null);
        assertTrue(DirectiveRules.erasure(terms,
                List.of(new DirectiveRules.HolderPart("booking", Set.of("appointment"), Set.of("appointments"))),
                List.of()).isEmpty());
    }

    @Test
    void categories_shouldNotShareSectionsAndOnlyTheFileIsNotErasable() {
        var seen = new java.util.HashSet<String>();
        for (DirectiveCategory category : DirectiveCategory.values()) {
            category.sections().forEach(s -> assertTrue(seen.add(s), s + " is in two categories"));
            assertEquals(category != FILE, category.erasable(), category.name());
        }
        assertEquals(HEALTH, DirectiveCategory.ofSection("consultations").orElseThrow());
        assertFalse(DirectiveCategory.ofSection("accessJournal").isPresent(), "the journal is never chosen");
    }

    @Test
    void summary_shouldSayEveryChoiceWithoutTheDesignee() {
        var terms = new DirectiveTerms(choices(KEEP, COMMUNICATE, ERASE, ERASE), "Léa", "lea@example.org", "secret");
        String summary = DirectiveSummary.filed(2, terms);
        assertTrue(summary.contains("version 2") && summary.contains("santé → communiquer à la personne désignée")
                && summary.contains("rendez-vous → effacer"), summary);
        assertFalse(summary.contains("Léa") || summary.contains("lea@") || summary.contains("secret"), summary);
        assertFalse(terms.toString().contains("lea@"), "no personal data in a log");
    }
}
