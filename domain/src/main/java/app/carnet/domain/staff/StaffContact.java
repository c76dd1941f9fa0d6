package app.carnet.domain.staff;

/**
 * Who a member of the team is, for the components that write to them or name them (the journal, booking,
 * accounts…), without reaching the staff component's entity.
 */
public record StaffContact(long id, String firstName, String lastName, String email, StaffRole role, boolean ended) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** Without the name and address: a record's default text would put them in a log. */
    @Override
    public String toString() {
        return "StaffContact[id=" + id + ", role=" + role + "]";
    }
}
