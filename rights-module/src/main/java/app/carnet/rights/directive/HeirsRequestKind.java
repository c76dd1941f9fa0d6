package app.carnet.rights.directive;

/**
 * What heirs may ask without directives (Loi Informatique et Libertés art. 85 II), and what the CSP adds for health
 * data.
 */
public enum HeirsRequestKind {
    /** The data the settlement of the estate needs (including family memories). */
    ESTATE,
    /** Having the death taken into account: closing the account. */
    CLOSE_ACCOUNT,
    /** Objecting to any further processing. */
    STOP_PROCESSING,
    /** Updating the data. */
    UPDATE,
    /**
     * CSP L1110-4 V: heirs, spouse, cohabitant or PACS partner learn the causes of death, defend the deceased's
     * memory or assert their own rights, unless the deceased refused while alive.
     */
    HEALTH_CAUSES
}
