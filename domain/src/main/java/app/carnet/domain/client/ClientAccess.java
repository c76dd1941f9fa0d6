package app.carnet.domain.client;

import app.carnet.domain.shared.Dates;
import app.carnet.domain.shared.Principals;
import app.carnet.domain.staff.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;

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
    StaffDirectory staff;
    @Inject
    SecurityContext security;
    @Inject
    Clock clock;

    boolean isOwner() {
        return security.isCallerInRole("OWNER");
    }

    boolean allows(long clientId) {
        return isOwner() || (mayWorkToday() && clients.isShared(clientId, me()));
    }

    /** Whether the caller may see no file at all today (a replacement outside the period, an ended member). */
    boolean seesNothing() {
        return !isOwner() && !mayWorkToday();
    }

    /** {@code null} when the caller sees every file, or the caller's id: the files shared with them. */
    Long sharedWith() {
        return isOwner() ? null : me();
    }

    long me() {
        return Principals.staffId(security.getCallerPrincipal().getName());
    }

    private boolean mayWorkToday() {
        LocalDate today = Dates.today(clock);
        return staff.mayWork(me(), today);
    }
}
