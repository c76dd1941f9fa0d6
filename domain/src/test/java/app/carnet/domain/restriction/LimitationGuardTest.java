package app.carnet.domain.restriction;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.privacy.ProcessingRestrictions;
import app.carnet.domain.privacy.Purpose;
import app.carnet.domain.privacy.WritableWhileLimited;
import app.carnet.domain.shared.BusinessException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A limited client's data is only stored (GDPR art. 18(2)): every write of what belongs to them is refused. */
class LimitationGuardTest {

    private static final long LIMITED = 3;

    private final LimitationGuard guard = new LimitationGuard(() -> Optional.of(new Limited()));

    @Test
    void writeOfALimitedClientsRecord_shouldBeRefused() {
        var refused = assertThrows(BusinessException.class, () -> guard.check(new Note(LIMITED)));
        assertEquals("rights.limited", refused.messageKey());
        assertThrows(BusinessException.class, () -> guard.check(new Inherited(LIMITED)), "a field of a superclass");
    }

    @Test
    void writeOfAnotherClientsRecord_shouldGoOn() {
        assertDoesNotThrow(() -> guard.check(new Note(LIMITED + 1)));
        assertDoesNotThrow(() -> guard.check(new NoClient()));
    }

    @Test
    void exemptRecord_shouldBeWrittenWhileLimited() {
        assertDoesNotThrow(() -> guard.check(new Journal(LIMITED)));
        assertTrue(LimitationGuard.exempt(Journal.class));
        assertFalse(LimitationGuard.guards(Journal.class));
        assertTrue(LimitationGuard.guards(Note.class));
        assertFalse(LimitationGuard.guards(NoClient.class));
    }

    @Test
    void withoutTheRightsModule_nothingShouldBeRefused() {
        assertDoesNotThrow(() -> new LimitationGuard(Optional::empty).check(new Note(LIMITED)));
    }

    static class Note {
        private final long clientId;

        Note(long clientId) {
            this.clientId = clientId;
        }

        long clientId() {
            return clientId;
        }
    }

    static class Inherited extends Note {
        Inherited(long clientId) {
            super(clientId);
        }
    }

    @WritableWhileLimited(Purpose.P17)
    static class Journal extends Note {
        Journal(long clientId) {
            super(clientId);
        }
    }

    static class NoClient {
    }

    private static final class Limited implements ProcessingRestrictions {

        @Override
        public boolean objected(long clientId, Purpose purpose) {
            return false;
        }

        @Override
        public boolean limited(long clientId) {
            return clientId == LIMITED;
        }

        @Override
        public Set<Long> objectors(Purpose purpose) {
            return Set.of();
        }
    }
}
