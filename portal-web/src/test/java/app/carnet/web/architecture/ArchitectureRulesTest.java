package app.carnet.web.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.fixture.notes.Note;
import app.carnet.domain.fixture.notes.NoteRepository;
import app.carnet.domain.fixture.other.ReadsTheNotes;
import app.carnet.web.architecture.fixture.PeeksIntoTheDomain;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The architecture rules fail on deliberate violations, so that a rule that matches nothing cannot pass unseen. */
class ArchitectureRulesTest {

    @Test
    void noDomainInternals_shouldFailOnAModuleThatUsesARepositoryOrAnEntity() {
        var fixture = new ClassFileImporter().importClasses(PeeksIntoTheDomain.class);
        var error = assertThrows(AssertionError.class,
                () -> ArchitectureTest.noDomainInternalsIn("app.carnet.web.architecture.fixture..").check(fixture));
        assertTrue(error.getMessage().contains("NoteRepository"), error.getMessage());
        assertTrue(error.getMessage().contains("fixture.notes.Note>"), error.getMessage());
    }

    @Test
    void entitiesAndRepositoriesStayHome_shouldFailOnAComponentThatUsesAnothersOnes() {
        var fixture = new ClassFileImporter().importClasses(ReadsTheNotes.class, Note.class, NoteRepository.class);
        var error = assertThrows(AssertionError.class,
                () -> ArchitectureTest.ENTITIES_AND_REPOSITORIES_STAY_HOME.check(fixture));
        assertTrue(error.getMessage().contains("ReadsTheNotes"), error.getMessage());
        assertTrue(error.getMessage().contains("NoteRepository"), error.getMessage());
        assertTrue(error.getMessage().contains("fixture.notes.Note>"), error.getMessage());
        // the entity's own package may use it
        assertTrue(
                !error.getMessage().contains("<app.carnet.domain.fixture.notes.NoteRepository.find(long)> has return"),
                error.getMessage());
    }

    @Test
    void everyClassInAComponent_shouldFailOnAClassAtAModulesRoot() throws Exception {
        // A class of the root package app.carnet.web would escape the cycle rule: here, one made for the test.
        var atTheRoot = new ClassFileImporter().importClasses(Class.forName("app.carnet.web.AtTheRoot"));
        var error = assertThrows(AssertionError.class,
                () -> ArchitectureTest.EVERY_CLASS_IN_A_COMPONENT.check(atTheRoot));
        assertTrue(error.getMessage().contains("app.carnet.web.AtTheRoot"), error.getMessage());
    }
}
