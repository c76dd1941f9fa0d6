package app.carnet.domain.staff;

/**
 * The owner reset a member's second factor (a lost phone and lost recovery codes): the account module deletes
 * it, ends the member's sessions and tells the member, in the same transaction. The member sets it up again at
 * the next login, after the password.
 */
public record StaffFactorReset(long staffId) {
}
