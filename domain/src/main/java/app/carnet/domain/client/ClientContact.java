package app.carnet.domain.client;

/**
 * How to reach a client and in which language, for the components that write to them (accounts, booking, the
 * journal…), without reaching the client component's entity.
 *
 * @param email {@code null} when the file has no address
 * @param ended whether the practitioner ended the relationship
 */
public record ClientContact(long id, String firstName, String lastName, String email, String language, boolean ended) {

    /** "Last First", as the practitioner's lists show a client. */
    public String listName() {
        return lastName + " " + firstName;
    }

    /** Without the name and address: a record's default text would put them in a log. */
    @Override
    public String toString() {
        return "ClientContact[id=" + id + "]";
    }
}
