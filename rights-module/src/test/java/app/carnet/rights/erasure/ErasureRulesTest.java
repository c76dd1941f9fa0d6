package app.carnet.rights.erasure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.privacy.Hold;
import app.carnet.domain.privacy.Purpose;
import app.carnet.rights.erasure.ErasureRules.HolderPart;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ErasureRulesTest {

    private static final Hold JOURNAL = new Hold("access_journal", "privacy.kept.access_journal", Purpose.P17, null);
    private static final LocalDate CLAIM_ENDS = LocalDate.of(2031, 6, 30);
    private static final Hold LITIGATION = new Hold("consultations", "privacy.kept.litigation", Purpose.P15,
            CLAIM_ENDS);

    private static HolderPart part(String name, Set<String> tables, Map<String, Integer> sections, List<Hold> own,
            boolean file) {
        return new HolderPart(name, tables, new LinkedHashMap<>(sections), own, file);
    }

    private static List<HolderPart> practice() {
        return List.of(part("file", Set.of("client"), Map.of("file", 1), List.of(), true),
                part("health", Set.of("measurement"), Map.of("measurements", 30), List.of(), false),
                part("consultations", Set.of("consultation"), Map.of("consultations", 12, "files", 3), List.of(),
                        false),
                part("journal", Set.of("access_journal"), Map.of("accessJournal", 80), List.of(JOURNAL), false));
    }

    private static Set<String> sections(List<PlanLine> lines) {
        return lines.stream().map(PlanLine::section).collect(Collectors.toSet());
    }

    private static PlanLine line(List<PlanLine> lines, String section) {
        return lines.stream().filter(l -> l.section().equals(section)).findFirst().orElseThrow();
    }

    @Test
    void withOnlyTheJournalsOwnHoldEverythingElseGoesTheFileToo() {
        var plan = ErasureRules.plan(practice(), List.of(JOURNAL));

        assertEquals(Set.of("file", "measurements", "consultations", "files"), sections(plan.erases()));
        assertEquals(1, plan.keeps().size());
        var kept = line(plan.keeps(), "accessJournal");
        assertEquals(80, kept.records());
        assertEquals("privacy.kept.access_journal", kept.reason());
        assertEquals(Purpose.P17, kept.purpose());
        // the journal's holder runs (it keeps what it holds itself), and the file goes
        assertEquals(Set.of("file", "health", "consultations", "journal"), plan.holders());
        assertTrue(plan.fileErased());
    }

    @Test
    void anotherModulesHoldKeepsThatModuleWholeAndTheFileItRefersTo() {
        var plan = ErasureRules.plan(practice(), List.of(JOURNAL, LITIGATION));

        assertEquals(Set.of("measurements"), sections(plan.erases()));
        assertEquals(Set.of("consultations", "files", "accessJournal", "file"), sections(plan.keeps()));
        assertEquals(CLAIM_ENDS, line(plan.keeps(), "files").until());
        assertEquals("privacy.kept.litigation", line(plan.keeps(), "consultations").reason());
        assertEquals(ErasureRules.FILE_KEPT, line(plan.keeps(), "file").reason());
        assertEquals(Set.of("health", "journal"), plan.holders());
        assertFalse(plan.fileErased());
    }

    @Test
    void aHoldOnOneSectionOfAModulesOwnKeepsThatSectionOnly() {
        var until = LocalDate.of(2037, 12, 31);
        var own = new Hold("invoices", "privacy.kept.invoices", Purpose.P19, until);
        var billing = part("billing", Set.of("invoice", "terms_acceptance"),
                Map.of("invoices", 4, "termsAcceptances", 1), List.of(own), false);

        var plan = ErasureRules.plan(List.of(billing), List.of(own));

        assertEquals(Set.of("termsAcceptances"), sections(plan.erases()));
        assertEquals(Set.of("invoices"), sections(plan.keeps()));
        assertEquals(until, line(plan.keeps(), "invoices").until());
        assertEquals(Set.of("billing"), plan.holders());
    }
}
