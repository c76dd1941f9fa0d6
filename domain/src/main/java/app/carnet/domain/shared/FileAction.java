package app.carnet.domain.shared;

/**
 * What a staff member did with a client's file, and the purpose of the privacy policy it serves
 * (see the product brief: P01 identity, P18 authentication services…).
 */
public enum FileAction {
    FILE_READ("P01"),
    FILE_CREATED("P01"),
    FILE_SHARED("P01"),
    FILE_UNSHARED("P01"),
    FILE_UPDATED("P01"),
    RELATIONSHIP_ENDED("P01"),
    RELATIONSHIP_RESUMED("P01"),
    CATEGORY_ERASED("P01"),
    HEALTH_READ("P03"),
    HEALTH_RECORDED("P03"),
    HEALTH_VOIDED("P03"),
    CONSULTATION_READ("P03"),
    CONSULTATION_RECORDED("P03"),
    CONSULTATION_VOIDED("P03"),
    ATTACHMENT_ADDED("P03"),
    ATTACHMENT_READ("P03"),
    ADVICE_READ("P04"),
    ADVICE_WRITTEN("P04"),
    ADVICE_SHARED("P04"),
    ADVICE_VOIDED("P04"),
    CONTACTS_READ("P13"),
    CONTACT_LOGGED("P13"),
    MESSAGES_READ("P13"),
    MESSAGE_SENT("P13"),
    APPOINTMENT_BOOKED("P02"),
    APPOINTMENT_CHANGED("P02"),
    INVITATION_SENT("P18"),
    DATA_LISTED("P16"),
    DATA_EXPORTED("P16"),
    DATA_ERASED("P16");

    private final String purpose;

    FileAction(String purpose) {
        this.purpose = purpose;
    }

    public String purpose() {
        return purpose;
    }
}
