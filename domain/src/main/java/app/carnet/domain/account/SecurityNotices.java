package app.carnet.domain.account;

import app.carnet.domain.client.Clients;
import app.carnet.domain.mail.DomainEmails;
import app.carnet.domain.mail.EmailText;
import app.carnet.domain.mail.Outbox;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.shared.Dates;
import app.carnet.domain.shared.Principals;
import app.carnet.domain.staff.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;

/**
 * Tells the holder of an account, by email, that a way into it changed (password, second factor, recovery
 * codes), so that a change they did not make does not go unnoticed. Runs in the caller's transaction.
 */
@ApplicationScoped
class SecurityNotices {

    enum Change {
        PASSWORD_CHANGED("passwordChanged"),
        TWO_FACTOR_ON("twoFactorOn"),
        TWO_FACTOR_MOVED("twoFactorMoved"),
        TWO_FACTOR_OFF("twoFactorOff"),
        TWO_FACTOR_RESET("twoFactorReset"),
        RECOVERY_CODES_RENEWED("recoveryCodesRenewed"),
        RECOVERY_CODE_USED("recoveryCodeUsed");

        private final String key;

        Change(String key) {
            this.key = key;
        }
    }

    @Inject
    StaffDirectory staff;
    @Inject
    Clients clients;
    @Inject
    AccountLinks links;
    @Inject
    PracticeService practice;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    void send(String principal, Change change) {
        if (Principals.isStaff(principal)) {
            staff.member(Principals.staffId(principal)).ifPresent(m -> queue(null, m.email(), "fr", m.firstName(),
                    change, "/cabinet/mot-de-passe-oublie.xhtml"));
        } else {
            clients.contact(Principals.clientId(principal)).ifPresent(c -> queue(c.id(), c.email(),
                    c.language(), c.firstName(), change, "/portail/mot-de-passe-oublie.xhtml"));
        }
    }

    /** @param clientId the client it is written to, {@code null} for a staff member */
    private void queue(Long clientId, String email, String language, String firstName, Change change,
            String resetPage) {
        String when = Dates.dateTime(clock.instant(), Locale.forLanguageTag(language));
        Object[] arguments = {firstName, practice.displayName(), new EmailText("securityNotice." + change.key), when,
            links.page(resetPage)};
        if (clientId == null) {
            outbox.queue(email, language, DomainEmails.SECURITY_NOTICE, arguments);
        } else {
            outbox.queueForClient(clientId, email, language, DomainEmails.SECURITY_NOTICE, arguments);
        }
    }
}
