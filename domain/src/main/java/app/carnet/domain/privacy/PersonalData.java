package app.carnet.domain.privacy;

import static app.carnet.domain.privacy.DataSubject.CLIENT;
import static app.carnet.domain.privacy.DataSubject.STAFF;

import java.util.List;
import java.util.Set;

/**
 * The registry of personal data: every table that holds personal fields or refers to a person, whose data it is,
 * and the purposes it serves. Each sealed field's category is declared where the field is
 * ({@link app.carnet.domain.security.Encrypted}); a test fails when such an entity is missing here, and another when
 * a table about clients has no {@link PersonalDataHolder}. The record of processing activities and the rights module
 * read this list.
 */
public record PersonalData(String table, Set<Purpose> purposes, Set<DataSubject> subjects) {

    public static final List<PersonalData> ALL = List.of(
            new PersonalData("client", Set.of(Purpose.P01, Purpose.P17), Set.of(CLIENT)),
            new PersonalData("client_credential", Set.of(Purpose.P18), Set.of(CLIENT)),
            new PersonalData("incoming_contact", Set.of(Purpose.P13), Set.of(CLIENT)),
            new PersonalData("message", Set.of(Purpose.P13), Set.of(CLIENT)),
            new PersonalData("invitation", Set.of(Purpose.P01, Purpose.P18), Set.of(CLIENT)),
            new PersonalData("client_share", Set.of(Purpose.P01), Set.of(CLIENT)),
            new PersonalData("access_journal", Set.of(Purpose.P17), Set.of(CLIENT, STAFF)),
            new PersonalData("advice", Set.of(Purpose.P04), Set.of(CLIENT)),
            new PersonalData("appointment", Set.of(Purpose.P02), Set.of(CLIENT)),
            new PersonalData("waitlist_entry", Set.of(Purpose.P02), Set.of(CLIENT)),
            new PersonalData("anamnesis_entry", Set.of(Purpose.P03), Set.of(CLIENT)),
            new PersonalData("consultation", Set.of(Purpose.P03), Set.of(CLIENT)),
            new PersonalData("consultation_attachment", Set.of(Purpose.P03), Set.of(CLIENT)),
            new PersonalData("attachment_content", Set.of(Purpose.P03), Set.of(CLIENT)),
            new PersonalData("measurement", Set.of(Purpose.P03), Set.of(CLIENT)),
            new PersonalData("outgoing_email", Set.of(Purpose.P01, Purpose.P11, Purpose.P18), Set.of(CLIENT, STAFF)),
            new PersonalData("second_factor", Set.of(Purpose.P18), Set.of(CLIENT, STAFF)),
            new PersonalData("recovery_code", Set.of(Purpose.P18), Set.of(CLIENT, STAFF)),
            new PersonalData("account_link", Set.of(Purpose.P18), Set.of(CLIENT, STAFF)),
            new PersonalData("session_revocation", Set.of(Purpose.P18), Set.of(CLIENT, STAFF)),
            new PersonalData("staff_member", Set.of(Purpose.P18), Set.of(STAFF)));

    /** Whether this table holds data about clients, which the rights module must be able to export and erase. */
    public boolean aboutClients() {
        return subjects.contains(CLIENT);
    }
}
