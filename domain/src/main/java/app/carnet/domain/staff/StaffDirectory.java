package app.carnet.domain.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The staff component's published service: the members' contacts and credentials for the other components, which
 * never use {@link StaffRepository} or {@link StaffMember} themselves. It runs in its caller's transaction and
 * under its caller's role; the callers are the boundaries that decide who may ask.
 */
@ApplicationScoped
public class StaffDirectory {

    @Inject
    StaffRepository staff;

    public Optional<StaffContact> member(long id) {
        return staff.findById(id).map(StaffDirectory::contact);
    }

    public Optional<StaffContact> byEmail(String email) {
        return staff.findByEmail(email).map(StaffDirectory::contact);
    }

    /** The practitioner who set Carnet up (the first owner still in office). */
    public Optional<StaffContact> owner() {
        return staff.findOwner().map(StaffDirectory::contact);
    }

    /** Whether the member may work today: not ended and, for a replacement, within the period. */
    public boolean mayWork(long id, LocalDate today) {
        return staff.findById(id).filter(m -> m.mayWork(today)).isPresent();
    }

    /** The member's password hash, for signing in; empty for an unknown member or one not yet welcomed. */
    public Optional<String> passwordHash(long id) {
        return staff.findById(id).map(StaffMember::getPasswordHash);
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

    private static StaffContact contact(StaffMember m) {
        return new StaffContact(m.getId(), m.getFirstName(), m.getLastName(), m.getEmail(), m.getRole(), m.isEnded());
    }
}
