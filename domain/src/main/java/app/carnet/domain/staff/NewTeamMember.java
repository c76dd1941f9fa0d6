package app.carnet.domain.staff;

import java.time.LocalDate;

/** What the owner types to invite a partner or a replacement ({@code from} and {@code until} for a replacement). */
public record NewTeamMember(String firstName, String lastName, String email, StaffRole role, LocalDate from,
        LocalDate until) {

    @Override
    public String toString() {
        return "NewTeamMember[redacted]";
    }
}
