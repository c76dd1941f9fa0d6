package app.carnet.domain.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** The outbox page of the back office. */
@Stateless
@RolesAllowed("OWNER")
public class OutboxService {

    static final int PAGE = 200;

    @Inject
    OutboxRepository emails;
    @Inject
    SmtpSettings smtp;

    public List<EmailView> recent() {
        return emails.findRecent(PAGE).stream().map(OutgoingEmail::view).toList();
    }

    public boolean smtpConfigured() {
        return smtp.configured();
    }
}
