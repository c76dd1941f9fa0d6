package app.carnet.domain.client;

import app.carnet.domain.shared.Dates;
import app.carnet.domain.shared.Principals;
import app.carnet.domain.staff.StaffRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Which client files the calling staff member may see: the owner, all; a partner, those shared with them;
 * a replacement, those shared with them and only during their period; a member whose access ended, none.
 * Checked at every call of the boundary, not only by the pages.
 */
@ApplicationScoped
class ClientAccess {

    @Inject
    ClientRepository clients;
    @Inject
    StaffRepository staff;
    @Inject
    SecurityContext security;
    @Inject
    Clock clock;

    boolean isOwner() {
        return security.isCallerInRole("OWNER");
    }

    boolean allows(long clientId) {
        return isOwner() || mayWorkToday() && clients.isShared(clientId, me());
    }

    List<Client> visible() {
        if (isOwner()) {
            return clients.findAll();
        }
        return mayWorkToday() ? clients.findSharedWith(me()) : List.of();
    }

    long me() {
        return Principals.staffId(security.getCallerPrincipal().getName());
    }

    private boolean mayWorkToday() {
        LocalDate today = LocalDate.now(clock.withZone(Dates.PARIS));
        return staff.findById(me()).filter(m -> m.mayWork(today)).isPresent();
    }
}
