package app.carnet.rights.request;

import app.carnet.domain.privacy.EmailTemplate;
import app.carnet.domain.privacy.Purpose;
import java.util.List;

/**
 * The emails of the rights module, in {@code app/carnet/rights/emails*.properties}. Every one serves the purpose of
 * rights requests (P16): an objection or a limitation never stops an email about the client's own request.
 */
public final class RightsEmails {

    public static final String BUNDLE = "app.carnet.rights.emails";

    /** To the person a deceased client designated (art. 85 I): confirm the address. Name, practice, link. */
    public static final EmailTemplate DESIGNEE_CONFIRMATION = new EmailTemplate(BUNDLE, "designeeConfirmation",
            Purpose.P16);
    /** To that person once confirmed: the single-use link to the archive. Name, practice, link. */
    public static final EmailTemplate DESIGNEE_ARCHIVE = new EmailTemplate(BUNDLE, "designeeArchive", Purpose.P16);

    /** Every one of them, for the module's catalog. */
    public static final List<EmailTemplate> ALL = List.of(DESIGNEE_CONFIRMATION, DESIGNEE_ARCHIVE);

    private RightsEmails() {
    }
}
