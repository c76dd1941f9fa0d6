package app.carnet.domain.staff;

/** Who may work in the back office; the names are the security groups. */
public enum StaffRole {
    /** The practitioner who owns the practice. */
    OWNER,
    /** A partner practitioner, on the clients the owner shares. */
    PARTNER,
    /** A replacement, during the replacement period only. */
    REPLACEMENT
}
