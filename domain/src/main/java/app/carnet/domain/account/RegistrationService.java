package app.carnet.domain.account;

import app.carnet.domain.client.ClientService;
import app.carnet.domain.client.Clients;
import app.carnet.domain.client.NewClient;
import app.carnet.domain.mail.DomainEmails;
import app.carnet.domain.mail.Outbox;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.security.PasswordHasher;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Checks;
import app.carnet.domain.shared.Principals;
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
 * A visitor opens a portal account: identity first, then a signed link (24 hours) to the address, where
 * the password is chosen. So whoever chooses the password holds the mailbox: nobody can prepare an account
 * for someone else's address. An address that already has a portal account gets an email saying so
 * instead, and the page answers the same, so that nobody learns who is a client: once the form is valid,
 * the rest runs after the answer ({@link #deliver}), so that its time says nothing either.
 */
@Stateless
@PermitAll
public class RegistrationService {

    @Inject
    ClientService clientFiles;
    @Inject
    Clients clients;
    @Inject
    AccountRepository accounts;
    @Inject
    AccountLinks links;
    @Inject
    SessionRevocations sessions;
    @Inject
    EmailRequestLimit limit;
    @Inject
    PracticeService practice;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Resource
    SessionContext context;

    private static final Logger LOG = Logger.getLogger(RegistrationService.class.getName());
    private final PasswordHasher hasher = new PasswordHasher();

    /**
     * @param from the visitor's network address: requests beyond {@link EmailRequestLimit} are dropped, and the
     *        page answers the same
     * @throws BusinessException with every problem of the form
     */
    public void register(Registration form, String from) {
        var checks = new Checks();
        var identity = clientFiles.check(checks, form.identity());
        checks.throwIfAny();
        if (limit.allow(identity.email(), from)) { // the limit tells nothing of who is known
            context.getBusinessObject(RegistrationService.class).deliver(identity);
        }
    }

    /** The part of {@link #register} that differs between known and unknown addresses, after the answer. */
    @Asynchronous
    public void deliver(NewClient input) {
        try {
            deliverChecked(input);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "A registration email could not be prepared: {0}", e.getClass().getName());
            throw e;
        }
    }

    private void deliverChecked(NewClient input) {
        var checks = new Checks();
        var identity = clientFiles.check(checks, input);
        checks.throwIfAny();
        String practiceName = practice.displayName();
        var existing = clients.byEmail(identity.email());
        if (existing.isPresent()) {
            var client = existing.get();
            if (accounts.findCredential(client.id()).isPresent()) {
                outbox.queueForClient(client.id(), client.email(), client.language(), DomainEmails.ALREADY_REGISTERED,
                        practiceName,
                        links.page("/portail/connexion.xhtml"), links.page("/portail/mot-de-passe-oublie.xhtml"));
            } else if (!client.ended()) {
                sendLink(client.id(), client.email(), client.language(), practiceName);
            } // an ended relationship (a death among others) opens no account, as an invitation would not
            return;
        }
        long id = clientFiles.register(identity);
        sendLink(id, identity.email(), identity.language(), practiceName);
    }

    public boolean isValid(String token) {
        return links.isValid(LinkPurpose.EMAIL_VERIFICATION, token);
    }

    /**
     * Confirms the address and sets the password chosen on the link's page.
     *
     * @throws BusinessException {@code link.invalid} for a link that is not (or no longer) valid, or a password rule
     */
    public void confirm(String token, String password, String confirmation) {
        var checks = new Checks();
        checks.password(password, confirmation, "password", "passwordConfirmation");
        if (!isValid(token)) {
            checks.refuse(null, "link.invalid");
        }
        checks.throwIfAny();
        String principal = links.consume(LinkPurpose.EMAIL_VERIFICATION, token);
        long clientId = Principals.clientId(principal);
        var now = clock.instant();
        String hash = hasher.hash(password);
        var credential = accounts.findCredential(clientId).orElseGet(() -> {
            var created = new ClientCredential(clientId, hash, now);
            accounts.save(created);
            return created;
        });
        credential.changePassword(hash, now);
        credential.emailVerified(now);
        sessions.revoke(principal);
    }

    /** The link's email names nobody: what a visitor typed never goes to an address not yet verified. */
    private void sendLink(long clientId, String email, String language, String practiceName) {
        String link = links.issueLink(LinkPurpose.EMAIL_VERIFICATION, Principals.ofClient(clientId),
                "/portail/confirmation.xhtml");
        outbox.queueForClient(clientId, email, language, DomainEmails.EMAIL_VERIFICATION, practiceName, link);
    }
}
