package app.carnet.domain.staff;

/** The owner ended a member's access: the account module ends the member's sessions (same transaction). */
public record StaffEnded(long staffId) {
}
