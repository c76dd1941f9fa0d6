package app.carnet.domain.mail;

import app.carnet.domain.privacy.EmailTemplate;
import app.carnet.domain.security.BlindIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Writes emails into the outbox, in the recipient's language, inside the caller's transaction. Each module's
 * {@link EmailTemplate}s live in its own bundle: {@code <name>.subject} and {@code <name>.body}, both
 * {@link MessageFormat} patterns; an {@link EmailText} argument is a key of the same bundle. Every email keeps the
 * purpose of its template.
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

    public void queue(String recipient, String language, EmailTemplate template, Object... arguments) {
        write(null, recipient, language, null, template, arguments);
    }

    /** An email to a client: found again by the client's id for an export or an erasure, whatever the address. */
    public void queueForClient(long clientId, String recipient, String language, EmailTemplate template,
            Object... arguments) {
        write(clientId, recipient, language, null, template, arguments);
    }

    /** An email to a client with an iCalendar file attached (an appointment). */
    public void queueForClient(long clientId, String recipient, String language, EmailCalendar calendar,
            EmailTemplate template, Object... arguments) {
        write(clientId, recipient, language, calendar, template, arguments);
    }

    private void write(Long clientId, String recipient, String language, EmailCalendar calendar, EmailTemplate template,
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
