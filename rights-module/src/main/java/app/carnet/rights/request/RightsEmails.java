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

    /**
     * Art. 18(3): the client is told before their limitation is lifted. {0} first name, {1} practice, {2} when it was
     * asked.
     */
    public static final EmailTemplate LIMITATION_LIFTED = new EmailTemplate(BUNDLE, "limitationLifted", Purpose.P16);

    /** Every one of them, for the module's catalog. */
    public static final List<EmailTemplate> ALL = List.of(LIMITATION_LIFTED);

    private RightsEmails() {
    }
}
