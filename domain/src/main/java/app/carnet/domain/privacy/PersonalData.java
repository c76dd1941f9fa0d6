package app.carnet.domain.privacy;

import java.util.List;
import java.util.Set;

/**
 * The registry of personal data: every table that holds personal fields or refers to a client, and the purposes
 * it serves. Each sealed field's category is declared where the field is
 * ({@link app.carnet.domain.security.Encrypted}); a test fails when such an entity is missing here. The record of
 * processing activities and the rights module read this list.
 */
public record PersonalData(String table, Set<Purpose> purposes) {

    public static final List<PersonalData> ALL = List.of(
            new PersonalData("client", Set.of(Purpose.P01, Purpose.P17)),
            new PersonalData("client_credential", Set.of(Purpose.P18)),
            new PersonalData("incoming_contact", Set.of(Purpose.P13)),
            new PersonalData("message", Set.of(Purpose.P13)),
            new PersonalData("invitation", Set.of(Purpose.P01, Purpose.P18)),
            new PersonalData("client_share", Set.of(Purpose.P01)),
            new PersonalData("access_journal", Set.of(Purpose.P17)),
            new PersonalData("advice", Set.of(Purpose.P04)),
            new PersonalData("anamnesis_entry", Set.of(Purpose.P03)),
            new PersonalData("consultation", Set.of(Purpose.P03)),
            new PersonalData("consultation_attachment", Set.of(Purpose.P03)),
            new PersonalData("attachment_content", Set.of(Purpose.P03)),
            new PersonalData("measurement", Set.of(Purpose.P03)),
            new PersonalData("outgoing_email", Set.of(Purpose.P01, Purpose.P11, Purpose.P18)),
            new PersonalData("second_factor", Set.of(Purpose.P18)),
            new PersonalData("staff_member", Set.of(Purpose.P18)));
}
