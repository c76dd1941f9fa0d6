package app.carnet.domain.privacy;

/**
 * The categories of data the privacy policy names ("Le praticien traite les catégories de données suivantes").
 * Every personal field belongs to one ({@link app.carnet.domain.security.Encrypted#value()}); the practitioner
 * can switch the optional ones off, and then their fields are neither shown nor stored.
 */
public enum DataCategory {
    /** Last name, first name, SIREN… */
    IDENTIFICATION(false),
    /** Date of birth… */
    PERSONAL_CHARACTERISTICS(false),
    /** Postal address, email, phone numbers… */
    CONTACT(false),
    /** Interests, marital status… */
    PERSONAL_LIFE(true),
    /** Medical history, current treatments, height, weight… */
    HEALTH(false),
    /** Means of payment, payment history… */
    ECONOMIC_FINANCIAL(false),
    /** Booked services. */
    BOOKED_SERVICES(false);

    private final boolean optional;

    DataCategory(boolean optional) {
        this.optional = optional;
    }

    /** Whether the practitioner may choose not to keep this category at all. */
    public boolean optional() {
        return optional;
    }
}
