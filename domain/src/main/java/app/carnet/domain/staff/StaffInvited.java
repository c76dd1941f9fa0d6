package app.carnet.domain.staff;

/** A partner or a replacement was invited: the account module sends the welcome link (same transaction). */
public record StaffInvited(long staffId) {
}
