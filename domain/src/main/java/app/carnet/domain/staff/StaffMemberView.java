package app.carnet.domain.staff;

import java.time.Instant;
import java.time.LocalDate;

/** A member of the practice's team, as the team page shows it. */
public record StaffMemberView(long id, String firstName, String lastName, String email, StaffRole role,
        LocalDate accessFrom, LocalDate accessUntil, Instant endedAt, boolean hasPassword, boolean mayWorkToday) {

    @Override
    public String toString() {
        return "StaffMemberView[id=" + id + "]";
    }
}
