package app.carnet.domain.mail;

import app.carnet.domain.privacy.EmailTemplate;
import app.carnet.domain.privacy.ProcessingRestrictions;
import app.carnet.domain.privacy.Purpose;
import app.carnet.domain.security.BlindIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Writes emails into the outbox, in the recipient's language, inside the caller's transaction. Each module's
 * {@link EmailTemplate}s live in its own bundle: {@code <name>.subject} and {@code <name>.body}, both
 * {@link MessageFormat} patterns; an {@link EmailText} argument is a key of the same bundle. Every email keeps the
 * purpose of its template.
 *
 * <p>
 * The one place every email to a client goes through honours the client's restrictions
 * ({@link ProcessingRestrictions}, implemented by the rights module; without it, nothing is restricted): an email of
 * a purpose the client objected to (GDPR art. 21(3): direct communications stop without question) is not written,
 * nor any email but about the client's own requests (P16) or security (P18) while their data is limited (art.
 * 18(2)). The refusal is quiet for the caller (a reminder timer or a batch sender goes on with the next client):
 * {@code queueForClient} answers {@code false} and the server log says which template and purpose, never who.
 * Emails written only to an address ({@link #queue}) go to staff (the practitioner, a new team member): every email
 * to a client carries the client's id.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    OutboxRepository emails;
    @Inject
    SmtpSettings smtp;
    @Inject
    Event<EmailQueued> queued;
    @Inject
    Clock clock;
    @Inject
    Instance<ProcessingRestrictions> restrictions;

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    /** What still goes to a client whose data is limited: about their requests and their account's security. */
    private static final Set<Purpose> WHILE_LIMITED = Set.of(Purpose.P16, Purpose.P18);

    /** An email to a member of staff (never a client: those go by {@link #queueForClient}). */
    public void queue(String recipient, String language, EmailTemplate template, Object... arguments) {
        write(null, recipient, language, null, template, arguments);
    }

    /** An email to a client: found again by the client's id for an export or an erasure, whatever the address. */
    public boolean queueForClient(long clientId, String recipient, String language, EmailTemplate template,
            Object... arguments) {
        return allowed(clientId, template) && write(clientId, recipient, language, null, template, arguments);
    }

    /** An email to a client with an iCalendar file attached (an appointment). */
    public boolean queueForClient(long clientId, String recipient, String language, EmailCalendar calendar,
            EmailTemplate template, Object... arguments) {
        return allowed(clientId, template) && write(clientId, recipient, language, calendar, template, arguments);
    }

    /**
     * Whether an email of this template may be written to this client: never once their death is recorded, not when
     * they objected to its purpose (art. 21), not when their data is limited, unless it is about their requests or
     * security (art. 18).
     */
    public boolean allowed(long clientId, EmailTemplate template) {
        if (restrictions.isUnsatisfied()) {
            return true;
        }
        String refusal = refusal(restrictions.get(), clientId, template);
        if (refusal == null) {
            return true;
        }
        LOG.info(() -> "Email " + template.name() + " (" + template.purpose() + ") not queued: " + refusal);
        return false;
    }

    /** Why an email of this template may not be written to this client under these restrictions, or null. */
    static String refusal(ProcessingRestrictions restricted, long clientId, EmailTemplate template) {
        if (restricted.deceased(clientId)) {
            return "the client's death is recorded";
        }
        if (restricted.objected(clientId, template.purpose())) {
            return "the client objected to its purpose";
        }
        if (!WHILE_LIMITED.contains(template.purpose()) && restricted.limited(clientId)) {
            return "the client's data is limited";
        }
        return null;
    }

    private boolean write(Long clientId, String recipient, String language, EmailCalendar calendar,
            EmailTemplate template,
            Object... arguments) {
        var bundle = ResourceBundle.getBundle(template.bundle(), Locale.forLanguageTag(language));
        var locale = Locale.forLanguageTag(language);
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof EmailText text) {
                arguments[i] = format(bundle, text.key(), locale, new Object[0]);
            }
        }
        String subject = format(bundle, template.name() + ".subject", locale, arguments);
        String body = format(bundle, template.name() + ".body", locale, arguments);
        var status = smtp.configured() ? EmailStatus.PENDING : EmailStatus.KEPT;
        var email = new OutgoingEmail(clientId, recipient, template.purpose(), subject, body, status, clock.instant());
        if (calendar != null) {
            email.attach(calendar);
        }
        emails.save(email);
        if (status == EmailStatus.PENDING) {
            queued.fire(new EmailQueued(email.getId()));
        }
        return true;
    }

    /** The address the practice's emails come from (the organiser of the appointments in calendar files). */
    public String sender() {
        return smtp.from();
    }

    /**
     * The emails written to a client (at {@code address} now, or at an earlier one), oldest first, their links
     * disabled: for the client's export.
     */
    public List<EmailView> writtenTo(long clientId, String address) {
        return to(clientId, address).stream().map(OutgoingEmail::exported).toList();
    }

    /** Deletes every email written to a client, sent or not (an erasure). */
    public void forget(long clientId, String address) {
        to(clientId, address).forEach(emails::delete);
    }

    private List<OutgoingEmail> to(long clientId, String address) {
        String canonical = BlindIndex.email(address);
        return emails.findForClient(clientId, canonical).stream().filter(e -> e.isFor(clientId, canonical)).toList();
    }

    private static String format(ResourceBundle bundle, String key, Locale locale, Object[] arguments) {
        try {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing email template " + key, e);
        }
    }
}
