package app.carnet.rights.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.shared.BusinessException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Where a request goes from each state (GDPR art. 12; law.md C-R1, C-R2). */
class RequestStateTest {

    @Test
    void walk_shouldGoFromReceivedToAnsweredThroughIdentityAndExtension() {
        var state = RequestState.RECEIVED.takenUp();
        assertEquals(RequestState.IN_PROGRESS, state);
        state = state.identityAsked(RequestChannel.LETTER);
        assertEquals(RequestState.WAITING_FOR_IDENTITY, state);
        state = state.identityReceived(false);
        assertEquals(RequestState.IN_PROGRESS, state);
        state = state.extended();
        assertEquals(RequestState.EXTENDED, state);
        assertEquals(RequestState.EXTENDED, state.identityAsked(RequestChannel.EMAIL).identityReceived(true),
                "an identity answer brings an extended request back to extended");
        assertEquals(RequestState.ANSWERED, state.answered());
    }

    @Test
    void identity_shouldNeverBeAskedOfAClientLoggedIn() {
        for (RequestState open : EnumSet.of(RequestState.RECEIVED, RequestState.IN_PROGRESS, RequestState.EXTENDED)) {
            var refused = assertThrows(BusinessException.class, () -> open.identityAsked(RequestChannel.PORTAL));
            assertEquals("rights.identity.notNeeded", refused.messageKey());
        }
        assertEquals("rights.identity.alreadyAsked", assertThrows(BusinessException.class,
                () -> RequestState.WAITING_FOR_IDENTITY.identityAsked(RequestChannel.CALL)).messageKey());
        assertEquals("rights.identity.notAsked", assertThrows(BusinessException.class,
                () -> RequestState.IN_PROGRESS.identityReceived(false)).messageKey());
    }

    @Test
    void answer_shouldWaitForTheIdentityButARefusalMayNot() {
        assertEquals("rights.request.waitingForIdentity", assertThrows(BusinessException.class,
                RequestState.WAITING_FOR_IDENTITY::answered).messageKey());
        assertEquals(RequestState.REFUSED, RequestState.WAITING_FOR_IDENTITY.refused(),
                "art. 12(2): a request whose author cannot be identified may be refused");
    }

    @Test
    void extension_shouldHappenOnce() {
        assertEquals("rights.extension.once", assertThrows(BusinessException.class,
                RequestState.EXTENDED::extended).messageKey());
        assertEquals(RequestState.EXTENDED, RequestState.RECEIVED.extended());
    }

    @ParameterizedTest
    @EnumSource(value = RequestState.class, names = {"ANSWERED", "REFUSED"})
    void closed_shouldTakeNoFurtherStep(RequestState closed) {
        assertFalse(closed.open());
        for (Runnable step : java.util.List.<Runnable>of(closed::takenUp, closed::extended, closed::answered,
                closed::refused, () -> closed.identityAsked(RequestChannel.LETTER))) {
            assertEquals("rights.request.closed", assertThrows(BusinessException.class, step::run).messageKey());
        }
    }

    @ParameterizedTest
    @EnumSource(value = RequestState.class, names = {"ANSWERED", "REFUSED"}, mode = EnumSource.Mode.EXCLUDE)
    void open_shouldBeOpen(RequestState open) {
        assertTrue(open.open());
    }
}
