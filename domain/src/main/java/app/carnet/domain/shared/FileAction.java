package app.carnet.domain.shared;

import app.carnet.domain.privacy.JournalAction;
import app.carnet.domain.privacy.Purpose;

/**
 * What a staff member did with a client's file in the domain's components, and the purpose of the privacy policy it
 * serves (see the product brief: P01 identity, P18 authentication services…). Other modules declare their own
 * {@link JournalAction}s.
 */
public enum FileAction implements JournalAction {
    FILE_READ(Purpose.P01),
    FILE_CREATED(Purpose.P01),
    FILE_SHARED(Purpose.P01),
    FILE_UNSHARED(Purpose.P01),
    FILE_UPDATED(Purpose.P01),
    RELATIONSHIP_ENDED(Purpose.P01),
    RELATIONSHIP_RESUMED(Purpose.P01),
    CATEGORY_ERASED(Purpose.P01),
    HEALTH_READ(Purpose.P03),
    HEALTH_RECORDED(Purpose.P03),
    HEALTH_VOIDED(Purpose.P03),
    CONSULTATION_READ(Purpose.P03),
    CONSULTATION_RECORDED(Purpose.P03),
    CONSULTATION_VOIDED(Purpose.P03),
    ATTACHMENT_ADDED(Purpose.P03),
    ATTACHMENT_READ(Purpose.P03),
    ADVICE_READ(Purpose.P04),
    ADVICE_WRITTEN(Purpose.P04),
    ADVICE_SHARED(Purpose.P04),
    ADVICE_VOIDED(Purpose.P04),
    CONTACTS_READ(Purpose.P13),
    CONTACT_LOGGED(Purpose.P13),
    MESSAGES_READ(Purpose.P13),
    MESSAGE_SENT(Purpose.P13),
    APPOINTMENT_BOOKED(Purpose.P02),
    APPOINTMENT_CHANGED(Purpose.P02),
    INVITATION_SENT(Purpose.P18),
    /** The portal account was closed after the client's death. */
    PORTAL_CLOSED(Purpose.P18),
    DATA_LISTED(Purpose.P16),
    DATA_EXPORTED(Purpose.P16),
    DATA_ERASED(Purpose.P16);

    private final Purpose purpose;

    FileAction(Purpose purpose) {
        this.purpose = purpose;
    }

    @Override
    public Purpose purpose() {
        return purpose;
    }
}
