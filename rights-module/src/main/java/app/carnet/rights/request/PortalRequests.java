package app.carnet.rights.request;

import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Checks;
import app.carnet.domain.shared.Dates;
import app.carnet.domain.shared.Principals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The client's own requests, in the portal: those made here (the client is logged in, so no identity proof is ever
 * asked: GDPR art. 12(6)) and those the practitioner recorded, with their state, due date and answer or refusal
 * reason; and a request of any right, in the client's words (a rectification of an item, an erasure…).
 */
@Stateless
@RolesAllowed("CLIENT")
public class PortalRequests {

    @Inject
    RequestRepository requests;
    @Inject
    SecurityContext security;
    @Inject
    java.time.Clock clock;

    public List<PortalRequestLine> mine() {
        LocalDate today = Dates.today(clock);
        return requests.ofClient(me()).stream().map(r -> r.portalLine(today)).toList();
    }

    /**
     * Makes a request, received today.
     *
     * @return its id
     * @throws BusinessException {@code validation.required} ({@code type}), {@code rights.request.empty}
     *         ({@code asked}) for a request that says nothing
     */
    public long make(RequestType type, String asked) {
        return make(type, asked, null);
    }

    /**
     * Makes a request about one item of the client's data ({@code itemRef}: a rectification), received today.
     *
     * @return its id
     * @throws BusinessException as {@link #make(RequestType, String)}
     */
    public long make(RequestType type, String asked, @Nullable String itemRef) {
        var checks = new Checks();
        checks.present(type, "type");
        String text = RequestService.asked(checks, asked);
        checks.throwIfAny();
        var request = new RightsRequest(me(), Objects.requireNonNull(type), RequestChannel.PORTAL,
                Dates.today(clock), Objects.requireNonNull(text), clock.instant(), null);
        if (itemRef != null) {
            request.pointAt(itemRef);
        }
        requests.save(request);
        requests.save(new RequestEvent(request.getId(), clock.instant(), RequestEventKind.RECEIVED, null, null));
        return request.getId();
    }

    /** Whether one of the client's requests of this type is still open. */
    public boolean pending(RequestType type) {
        return requests.ofClient(me()).stream().anyMatch(r -> r.getType() == type && r.getState().open());
    }

    private long me() {
        return Principals.clientId(security.getCallerPrincipal().getName());
    }
}
