package app.carnet.rights.erasure;

import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.FileAccessed;
import app.carnet.domain.shared.FileAction;
import app.carnet.domain.shared.Principals;
import app.carnet.rights.request.PortalRequests;
import app.carnet.rights.request.RequestType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.jspecify.annotations.Nullable;

/**
 * The client's erasure request, in the portal (GDPR art. 17): before asking, they read what would be erased and what
 * kept, with the obligation and the date ({@link Erasure#plan}); the request then enters the register, where the
 * practitioner carries it out or refuses it with a reason the client reads.
 */
@Stateless
@RolesAllowed("CLIENT")
public class PortalErasure {

    @Inject
    Erasure erasure;
    @Inject
    PortalRequests requests;
    @Inject
    SecurityContext security;
    @Inject
    Event<FileAccessed> accessed;

    /** What an erasure would erase and keep, now (journaled: the client listed their own data). */
    public ErasurePlan plan() {
        long me = me();
        accessed.fire(new FileAccessed(me, FileAction.DATA_LISTED));
        return erasure.plan(me);
    }

    /** Whether an erasure request of the client's is still open. */
    public boolean pending() {
        return requests.pending(RequestType.ERASURE);
    }

    /**
     * Asks for the erasure, with the client's words ({@code why} is optional: the law asks no reason).
     *
     * @return the request's id
     * @throws BusinessException {@code rights.erasure.pending} while one is open, {@code validation.tooLong}
     */
    public long ask(@Nullable String why, String whenSilent) {
        if (pending()) {
            throw new BusinessException("rights.erasure.pending");
        }
        return requests.make(RequestType.ERASURE, why == null || why.isBlank() ? whenSilent : why);
    }

    private long me() {
        return Principals.clientId(security.getCallerPrincipal().getName());
    }
}
