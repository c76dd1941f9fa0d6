package app.carnet.domain.mail;

import static app.carnet.domain.privacy.Purpose.P01;
import static app.carnet.domain.privacy.Purpose.P02;
import static app.carnet.domain.privacy.Purpose.P04;
import static app.carnet.domain.privacy.Purpose.P13;
import static app.carnet.domain.privacy.Purpose.P18;

import app.carnet.domain.privacy.EmailTemplate;
import app.carnet.domain.privacy.Purpose;
import java.util.List;

/** The emails of the domain's components, in {@code app/carnet/domain/mail/emails*.properties}, with their purposes. */
public final class DomainEmails {

    static final String BUNDLE = "app.carnet.domain.mail.emails";

    public static final EmailTemplate INVITATION = of("invitation", P01);
    public static final EmailTemplate PASSWORD_RESET = of("passwordReset", P18);
    public static final EmailTemplate EMAIL_VERIFICATION = of("emailVerification", P18);
    public static final EmailTemplate ALREADY_REGISTERED = of("alreadyRegistered", P18);
    public static final EmailTemplate STAFF_WELCOME = of("staffWelcome", P18);
    public static final EmailTemplate SECURITY_NOTICE = of("securityNotice", P18);
    public static final EmailTemplate DOCUMENT_SHARED = of("documentShared", P04);
    public static final EmailTemplate MESSAGE_WAITING = of("messageWaiting", P13);
    public static final EmailTemplate CLIENT_MESSAGE_WAITING = of("clientMessageWaiting", P13);
    public static final EmailTemplate APPOINTMENT_CONFIRMED = of("appointmentConfirmed", P02);
    public static final EmailTemplate APPOINTMENT_REQUESTED = of("appointmentRequested", P02);
    public static final EmailTemplate APPOINTMENT_REQUEST_MOVED = of("appointmentRequestMoved", P02);
    public static final EmailTemplate APPOINTMENT_ACCEPTED = of("appointmentAccepted", P02);
    public static final EmailTemplate APPOINTMENT_DECLINED = of("appointmentDeclined", P02);
    public static final EmailTemplate APPOINTMENT_MOVED = of("appointmentMoved", P02);
    public static final EmailTemplate APPOINTMENT_CANCELLED = of("appointmentCancelled", P02);
    public static final EmailTemplate APPOINTMENT_REMINDER = of("appointmentReminder", P02);
    public static final EmailTemplate APPOINTMENT_TO_ANSWER = of("appointmentToAnswer", P02);
    public static final EmailTemplate WAITLIST_SLOT_FREED = of("waitlistSlotFreed", P02);

    /** Every one of them, for the domain's catalog. */
    public static final List<EmailTemplate> ALL = List.of(INVITATION, PASSWORD_RESET, EMAIL_VERIFICATION,
            ALREADY_REGISTERED, STAFF_WELCOME, SECURITY_NOTICE, DOCUMENT_SHARED, MESSAGE_WAITING,
            CLIENT_MESSAGE_WAITING,
            APPOINTMENT_CONFIRMED, APPOINTMENT_REQUESTED, APPOINTMENT_REQUEST_MOVED, APPOINTMENT_ACCEPTED,
            APPOINTMENT_DECLINED, APPOINTMENT_MOVED, APPOINTMENT_CANCELLED, APPOINTMENT_REMINDER, APPOINTMENT_TO_ANSWER,
            WAITLIST_SLOT_FREED);

    private DomainEmails() {
    }

    private static EmailTemplate of(String name, Purpose purpose) {
        return new EmailTemplate(BUNDLE, name, purpose);
    }
}
