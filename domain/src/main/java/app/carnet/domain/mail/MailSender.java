package app.carnet.domain.mail;

import jakarta.activation.DataHandler;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Sends one email from the outbox, each in its own transaction. */
@Stateless
@PermitAll
public class MailSender {

    static final int MAX_ATTEMPTS = 20;
    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    OutboxRepository emails;
    @Inject
    SmtpSettings smtp;
    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void send(long id) {
        var email = emails.findForUpdate(id).filter(e -> e.getStatus() == EmailStatus.PENDING);
        if (email.isEmpty() || !smtp.configured()) {
            return;
        }
        try {
            var message = new MimeMessage(smtp.session());
            message.setFrom(new InternetAddress(smtp.from()));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(email.get().getRecipient()));
            message.setSubject(email.get().getSubject(), "UTF-8");
            content(message, email.get());
            message.setSentDate(Date.from(clock.instant()));
            Transport.send(message);
            email.get().sent(clock.instant());
        } catch (MessagingException | RuntimeException e) {
            // The exception's text may quote the address: log its type only.
            if (email.get().failed(clock.instant(), MAX_ATTEMPTS)) {
                LOG.log(Level.SEVERE, "Email {0} could not be sent after {1} tries ({2}): check the SMTP settings",
                        new Object[] {id, MAX_ATTEMPTS, e.getClass().getSimpleName()});
            } else {
                LOG.log(Level.WARNING, "Email {0} not sent ({1}); next try at {2}",
                        new Object[] {id, e.getClass().getSimpleName(), email.get().getNextAttemptAt()});
            }
        }
    }

    /** The text, and the iCalendar file beside it when there is one (a part a calendar application understands). */
    private static void content(MimeMessage message, OutgoingEmail email) throws MessagingException {
        EmailCalendar calendar = email.getCalendar();
        if (calendar == null) {
            message.setText(email.getBody(), "UTF-8");
            return;
        }
        var text = new MimeBodyPart();
        text.setText(email.getBody(), "UTF-8");
        var file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(calendar.content().getBytes(StandardCharsets.UTF_8),
                "text/calendar; charset=UTF-8; method=" + calendar.method())));
        file.setFileName("rendez-vous.ics");
        file.setDisposition(MimeBodyPart.ATTACHMENT);
        message.setContent(new MimeMultipart("mixed", text, file));
    }

    /** The emails whose next try is due. */
    public List<Long> due() {
        return emails.findIdsDue(clock.instant());
    }
}
