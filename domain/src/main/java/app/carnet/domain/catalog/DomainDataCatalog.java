package app.carnet.domain.catalog;

import static app.carnet.domain.privacy.DataSubject.CLIENT;
import static app.carnet.domain.privacy.DataSubject.STAFF;

import app.carnet.domain.mail.DomainEmails;
import app.carnet.domain.privacy.DataCatalog;
import app.carnet.domain.privacy.EmailTemplate;
import app.carnet.domain.privacy.PersonalData;
import app.carnet.domain.privacy.Purpose;
import app.carnet.domain.privacy.SealedColumns;
import app.carnet.domain.shared.FileAction;
import java.util.List;
import java.util.Set;

/**
 * The domain's part of the catalog of personal data (clients, identity, health, consultations, advice, exchanges,
 * bookings, staff, the journal and the outbox); other modules bring their own.
 */
public final class DomainDataCatalog implements DataCatalog {

    @Override
    public List<PersonalData> personalData() {
        return List.of(new PersonalData("client", Set.of(Purpose.P01, Purpose.P17), Set.of(CLIENT)),
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
                new PersonalData("outgoing_email",
                        Set.of(Purpose.P01, Purpose.P02, Purpose.P04, Purpose.P11, Purpose.P13,
                                Purpose.P18),
                        Set.of(CLIENT, STAFF)),
                new PersonalData("second_factor", Set.of(Purpose.P18), Set.of(CLIENT, STAFF)),
                new PersonalData("recovery_code", Set.of(Purpose.P18), Set.of(CLIENT, STAFF)),
                new PersonalData("account_link", Set.of(Purpose.P18), Set.of(CLIENT, STAFF)),
                new PersonalData("session_revocation", Set.of(Purpose.P18), Set.of(CLIENT, STAFF)),
                new PersonalData("staff_member", Set.of(Purpose.P18), Set.of(STAFF)));
    }

    @Override
    public List<SealedColumns> sealedColumns() {
        return List.of(
                new SealedColumns("staff_member", List.of("first_name", "last_name", "email")),
                new SealedColumns("client", List.of("last_name", "first_name", "email", "birth_date", "siren",
                        "address", "postal_code", "city", "mobile_phone", "other_phone", "interests", "marital_status",
                        "source_detail", "notes")),
                new SealedColumns("advice", List.of("title", "body", "void_reason")),
                new SealedColumns("anamnesis_entry", List.of("text", "void_reason")),
                new SealedColumns("consultation", List.of("reason", "notes", "follow_up", "shared_summary",
                        "void_reason")),
                new SealedColumns("consultation_attachment", List.of("file_name")),
                new SealedColumns("attachment_content", List.of("content"), 5),
                new SealedColumns("incoming_contact", List.of("summary", "follow_up")),
                new SealedColumns("message", List.of("body")),
                new SealedColumns("measurement", List.of("height_cm", "weight_kg", "void_reason")),
                new SealedColumns("outgoing_email", List.of("recipient", "subject", "body", "calendar")),
                new SealedColumns("second_factor", List.of("totp_secret")));
    }

    @Override
    public List<FileAction> journalActions() {
        return List.of(FileAction.values());
    }

    @Override
    public List<EmailTemplate> emailTemplates() {
        return DomainEmails.ALL;
    }
}
