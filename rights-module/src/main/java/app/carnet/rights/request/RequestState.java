package app.carnet.rights.request;

import app.carnet.domain.shared.BusinessException;

/**
 * Where a request stands in the register, and what may happen next. Received, it is taken up (in progress); while
 * the practitioner waits for identity information the clock stands still (décret 2019-536, art. 77); it may be
 * extended once (GDPR art. 12(3)); it ends answered or refused, with the reason, never reopened.
 */
public enum RequestState {
    RECEIVED,
    WAITING_FOR_IDENTITY,
    IN_PROGRESS,
    EXTENDED,
    ANSWERED,
    REFUSED;

    /** Whether the practitioner still owes an answer. */
    public boolean open() {
        return this != ANSWERED && this != REFUSED;
    }

    /** The practitioner starts working on it (from received; otherwise unchanged). */
    RequestState takenUp() {
        checkOpen();
        return this == RECEIVED ? IN_PROGRESS : this;
    }

    /**
     * The practitioner asks for identity information (GDPR art. 12(6)): never of a client logged in to the portal.
     *
     * @throws BusinessException {@code rights.identity.notNeeded} for a request made in the portal,
     *         {@code rights.identity.alreadyAsked} while an answer is awaited
     */
    RequestState identityAsked(RequestChannel channel) {
        checkOpen();
        if (channel == RequestChannel.PORTAL) {
            throw new BusinessException("rights.identity.notNeeded");
        }
        if (this == WAITING_FOR_IDENTITY) {
            throw new BusinessException("rights.identity.alreadyAsked");
        }
        return WAITING_FOR_IDENTITY;
    }

    /** The identity information arrived: the work goes on where it was (extended or not). */
    RequestState identityReceived(boolean extended) {
        if (this != WAITING_FOR_IDENTITY) {
            throw new BusinessException("rights.identity.notAsked");
        }
        return extended ? EXTENDED : IN_PROGRESS;
    }

    /** @throws BusinessException {@code rights.extension.once} when extended already */
    RequestState extended() {
        checkOpen();
        if (this == EXTENDED) {
            throw new BusinessException("rights.extension.once");
        }
        return this == WAITING_FOR_IDENTITY ? WAITING_FOR_IDENTITY : EXTENDED;
    }

    /** @throws BusinessException {@code rights.request.waitingForIdentity} before the identity is established */
    RequestState answered() {
        checkOpen();
        if (this == WAITING_FOR_IDENTITY) {
            throw new BusinessException("rights.request.waitingForIdentity");
        }
        return ANSWERED;
    }

    /** A refusal, with its reason (art. 12(4)), even while the identity could not be established (art. 12(2)). */
    RequestState refused() {
        checkOpen();
        return REFUSED;
    }

    private void checkOpen() {
        if (!open()) {
            throw new BusinessException("rights.request.closed");
        }
    }
}
