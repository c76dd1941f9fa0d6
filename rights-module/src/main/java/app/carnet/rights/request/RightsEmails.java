package app.carnet.rights.request;

import app.carnet.domain.privacy.EmailTemplate;
import java.util.List;

/**
 * The emails of the rights module, in {@code app/carnet/rights/emails*.properties}. Every one serves the purpose of
 * rights requests (P16): an objection or a limitation never stops an email about the client's own request.
 */
public final class RightsEmails {

    public static final String BUNDLE = "app.carnet.rights.emails";

    /** Every one of them, for the module's catalog. */
    public static final List<EmailTemplate> ALL = List.of();

    private RightsEmails() {
    }
}
