package app.carnet.web.view.cabinet;

import app.carnet.domain.mail.EmailView;
import app.carnet.domain.mail.OutboxService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /cabinet/courriels.xhtml}: what Carnet sent, or keeps when no SMTP server is configured. */
@Named
@RequestScoped
public class OutboxBacking {

    @Inject
    OutboxService outbox;

    private List<EmailView> emails;
    private boolean smtpConfigured;

    @PostConstruct
    void load() {
        emails = outbox.recent();
        smtpConfigured = outbox.smtpConfigured();
    }

    public List<EmailView> getEmails() {
        return emails;
    }

    public boolean isSmtpConfigured() {
        return smtpConfigured;
    }
}
