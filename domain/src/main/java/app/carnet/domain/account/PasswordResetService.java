package app.carnet.domain.account;

import app.carnet.domain.client.Clients;
import app.carnet.domain.mail.DomainEmails;
import app.carnet.domain.mail.Outbox;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.security.PasswordHasher;
import app.carnet.domain.shared.Checks;
import app.carnet.domain.shared.Principals;
import app.carnet.domain.staff.StaffCredentials;
import app.carnet.domain.staff.StaffDirectory;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Forgotten password": a signed link valid 30 minutes, sent to the account's address. The answer is the
 * same whether the address has an account or not. A new password ends every open session of the account.
 */
@Stateless
@PermitAll
public class PasswordResetService {

    @Inject
    StaffDirectory staff;
    @Inject
    StaffCredentials credentials;
    @Inject
    Clients clients;
    @Inject
    AccountRepository accounts;
    @Inject
    AccountLinks links;
    @Inject
    PracticeService practice;
    @Inject
    Outbox outbox;
    @Inject
    SessionRevocations sessions;
    @Inject
    EmailRequestLimit limit;
    @Inject
    SecurityNotices notices;
    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    private static final Logger LOG = Logger.getLogger(PasswordResetService.class.getName());
    private final PasswordHasher hasher = new PasswordHasher();

    /**
     * Sends a reset link if the address has an account in this realm; says nothing either way. Requests beyond
     * {@link EmailRequestLimit} are dropped here, just as silently (the limit depends on the address and the
     * visitor, not on whether an account exists); the rest runs after the answer ({@link #deliver}), so that its
     * time does not tell either.
     *
     * @param from the visitor's network address
     */
    public void request(Realm realm, String email, String from) {
        String address = Checks.canonicalEmail(email);
        if (address.isEmpty() || !limit.allow(address, from)) {
            return;
        }
        context.getBusinessObject(PasswordResetService.class).deliver(realm, address);
    }

    /** The part of {@link #request} that differs between known and unknown addresses, after the answer. */
    @Asynchronous
    public void deliver(Realm realm, String address) {
        try {
            String practiceName = practice.displayName();
            String minutes = Long.toString(LinkPurpose.PASSWORD_RESET.validity().toMinutes());
            switch (realm) {
                case STAFF -> staff.byEmail(address).filter(m -> !m.ended()).ifPresent(m -> outbox.queue(
                        m.email(), "fr", DomainEmails.PASSWORD_RESET, m.firstName(), practiceName,
                        link(Principals.ofStaff(m.id())), minutes));
                case CLIENT -> clients.byEmail(address).filter(c -> accounts.findCredential(c.id()).isPresent())
                        .ifPresent(c -> outbox.queueForClient(c.id(), c.email(), c.language(),
                                DomainEmails.PASSWORD_RESET, c.firstName(),
                                practiceName, link(Principals.ofClient(c.id())), minutes));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "A password reset email could not be prepared: {0}", e.getClass().getName());
            throw e;
        }
    }

    /** A reset link, or the welcome link of a new partner or replacement (the same page serves both). */
    public boolean isValid(String token) {
        return purposeOf(token) != null;
    }

    private LinkPurpose purposeOf(String token) {
        for (LinkPurpose purpose : new LinkPurpose[] {LinkPurpose.PASSWORD_RESET, LinkPurpose.STAFF_WELCOME}) {
            if (links.isValid(purpose, token)) {
                return purpose;
            }
        }
        return null;
    }

    /**
     * Sets the new password and burns the link.
     *
     * @return the realm of the account, whose login page comes next
     * @throws app.carnet.domain.shared.BusinessException {@code link.invalid}, or a password rule
     */
    public Realm reset(String token, String password, String confirmation) {
        var checks = new Checks();
        checks.password(password, confirmation, "password", "passwordConfirmation");
        if (!isValid(token)) {
            checks.refuse(null, "link.invalid");
        }
        checks.throwIfAny();
        LinkPurpose purpose = purposeOf(token);
        String principal = links.consume(purpose, token);
        sessions.revoke(principal); // whoever knew the old password is logged out
        String hash = hasher.hash(password);
        if (purpose == LinkPurpose.PASSWORD_RESET) {
            notices.send(principal, SecurityNotices.Change.PASSWORD_CHANGED);
        }
        if (principal.startsWith("staff:")) {
            credentials.changePassword(Principals.staffId(principal), hash);
            return Realm.STAFF;
        }
        var credential = accounts.findCredential(Principals.clientId(principal)).orElseThrow();
        credential.changePassword(hash, clock.instant());
        credential.emailVerified(clock.instant()); // the link reached the address
        return Realm.CLIENT;
    }

    private String link(String principal) {
        return links.issueLink(LinkPurpose.PASSWORD_RESET, principal, "/reinitialisation.xhtml");
    }
}
