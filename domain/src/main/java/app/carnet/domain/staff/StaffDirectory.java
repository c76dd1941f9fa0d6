package app.carnet.domain.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The staff component's published service: the members' contacts and roles for the other components, which never
 * use {@link StaffRepository} or {@link StaffMember} themselves (their credentials are {@link StaffCredentials}'). It runs in its caller's transaction and
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

    private static StaffContact contact(StaffMember m) {
        return new StaffContact(m.getId(), m.getFirstName(), m.getLastName(), m.getEmail(), m.getRole(), m.isEnded());
    }
}
