package app.carnet.domain.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The team's credentials, for the two components that handle them: {@code account} (sign-in, password reset) and
 * {@code practice} (the first owner, at set-up). {@code ArchitectureTest} keeps every other component, and every
 * other module, away from it. It runs in its caller's transaction and under its caller's role.
 */
@ApplicationScoped
public class StaffCredentials {

    @Inject
    StaffRepository staff;

    /**
     * What signing in needs, in one read: the member's id, password hash ({@code null} before the welcome link) and
     * whether they may work today (not ended; a replacement within the period).
     */
    public Optional<SignIn> signIn(String email, LocalDate today) {
        return staff.findByEmail(email).map(m -> new SignIn(m.getId(), m.getPasswordHash(), m.mayWork(today)));
    }

    public void changePassword(long id, String passwordHash) {
        staff.findById(id).orElseThrow().changePassword(passwordHash);
    }

    /** The first owner, created when Carnet is set up. */
    public long enrolOwner(String firstName, String lastName, String email, String passwordHash, Instant now) {
        var owner = new StaffMember(firstName, lastName, email, passwordHash, StaffRole.OWNER, now);
        staff.save(owner);
        return owner.getId();
    }

    /** A member signing in; the hash never leaves the account component's check. */
    public record SignIn(long id, String passwordHash, boolean mayWork) {

        @Override
        public String toString() {
            return "SignIn[id=" + id + "]";
        }
    }
}
