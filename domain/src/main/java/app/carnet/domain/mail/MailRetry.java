package app.carnet.domain.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Every minute, tries again the emails that the SMTP server has not accepted yet. */
@Singleton
@PermitAll
public class MailRetry {

    @Inject
    MailSender sender;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void retry() {
        sender.pending().forEach(sender::send);
    }
}
