package app.carnet.rights.request;

import app.carnet.domain.privacy.EmailTemplate;
import app.carnet.domain.privacy.Purpose;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The emails of the rights module, in {@code app/carnet/rights/emails*.properties}. Every one serves the purpose of
 * rights requests (P16): an objection or a limitation never stops an email about the client's own request.
 */
public final class RightsEmails {

    public static final String BUNDLE = "app.carnet.rights.emails";

    // The register of requests: identity questions, extension notice, answers (one per right), refusal, reminder.
    public static final EmailTemplate REQUEST_IDENTITY_INFORMATION = of("requestIdentityInformation");
    public static final EmailTemplate REQUEST_IDENTITY_DOCUMENT = of("requestIdentityDocument");
    public static final EmailTemplate REQUEST_EXTENDED = of("requestExtended");
    public static final EmailTemplate REQUEST_REFUSED = of("requestRefused");
    public static final EmailTemplate REQUEST_DUE_SOON = of("requestDueSoon");
    /** The answer to a request, a template per right ({@code requestAnswer.ACCESS}…). */
    public static final Map<RequestType, EmailTemplate> REQUEST_ANSWERS = answers();

    /** To the person a deceased client designated (art. 85 I): confirm the address. Name, practice, link. */
    public static final EmailTemplate DESIGNEE_CONFIRMATION = new EmailTemplate(BUNDLE, "designeeConfirmation",
            Purpose.P16);
    /** To that person once confirmed: the single-use link to the archive. Name, practice, link. */
    public static final EmailTemplate DESIGNEE_ARCHIVE = new EmailTemplate(BUNDLE, "designeeArchive", Purpose.P16);

    /**
     * Art. 18(3): the client is told before their limitation is lifted. {0} first name, {1} practice, {2} when it was
     * asked.
     */
    public static final EmailTemplate LIMITATION_LIFTED = new EmailTemplate(BUNDLE, "limitationLifted", Purpose.P16);

    /**
     * The answer to an erasure carried out (art. 17), to the address the file had: {0} first name, {1} practice,
     * {2} the day it was asked, {3} the answer (what was erased, what kept and why), {4} the CNIL.
     */
    public static final EmailTemplate ERASURE_DONE = of("erasureDone");

    /**
     * Art. 19, to each member of staff the file is shared with, without the client's name: a rectification, an
     * erasure or a limitation of the data they received. {0} first name, {1} practice, {2} the file's page.
     */
    public static final Map<RequestType, EmailTemplate> RECIPIENT_NOTICES = Map.of(
            RequestType.RECTIFICATION, of("recipientNotice.RECTIFICATION"),
            RequestType.ERASURE, of("recipientNotice.ERASURE"),
            RequestType.LIMITATION, of("recipientNotice.LIMITATION"));

    /**
     * An archive made in the background is ready (art. 15 and 20): {0} first name, {1} practice, {2} which archive,
     * {3} until when it is offered, {4} the page where it is downloaded (the link names no one).
     */
    public static final EmailTemplate ARCHIVE_READY = of("archiveReady");

    /** Every one of them, for the module's catalog. */
    public static final List<EmailTemplate> ALL = all(List.of(REQUEST_IDENTITY_INFORMATION, REQUEST_IDENTITY_DOCUMENT,
            REQUEST_EXTENDED, REQUEST_REFUSED, REQUEST_DUE_SOON, DESIGNEE_CONFIRMATION, DESIGNEE_ARCHIVE,
            LIMITATION_LIFTED, ERASURE_DONE, ARCHIVE_READY),
            REQUEST_ANSWERS.values(), RECIPIENT_NOTICES.values());

    private RightsEmails() {
    }

    private static EmailTemplate of(String name) {
        return new EmailTemplate(BUNDLE, name, Purpose.P16);
    }

    private static Map<RequestType, EmailTemplate> answers() {
        var answers = new EnumMap<RequestType, EmailTemplate>(RequestType.class);
        for (RequestType type : RequestType.values()) {
            answers.put(type, of("requestAnswer." + type.name()));
        }
        return Collections.unmodifiableMap(answers);
    }

    @SafeVarargs
    private static List<EmailTemplate> all(java.util.Collection<EmailTemplate>... groups) {
        var all = new ArrayList<EmailTemplate>();
        for (var group : groups) {
            all.addAll(group);
        }
        return List.copyOf(all);
    }
}
