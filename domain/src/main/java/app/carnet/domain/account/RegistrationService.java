package app.carnet.domain.account;

import app.carnet.domain.client.ClientRepository;
import app.carnet.domain.client.ClientService;
import app.carnet.domain.mail.Outbox;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.practice.PracticeView;
import app.carnet.domain.security.PasswordHasher;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Checks;
import app.carnet.domain.shared.Principals;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A visitor opens a portal account: identity and password, then a signed link (24 hours) to the address
 * proves it is theirs; logging in waits for that. An address that already has a file gets an email saying
 * so instead, and the page answers the same, so that nobody learns who is a client.
 */
@Stateless
@PermitAll
public class RegistrationService {

    @Inject
    ClientService clientFiles;
    @Inject
    ClientRepository clients;
    @Inject
    AccountRepository accounts;
    @Inject
    AccountLinks links;
    @Inject
    PracticeService practice;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "carnet.base-url")
    String baseUrl;

    private final PasswordHasher hasher = new PasswordHasher();

    /** @throws BusinessException with every problem of the form */
    public void register(Registration form) {
        var checks = new Checks();
        var identity = clientFiles.check(checks, form.identity());
        checks.password(form.password(), form.passwordConfirmation(), "password", "passwordConfirmation");
        checks.throwIfAny();
        String practiceName = practice.find().map(PracticeView::name).orElse("Carnet");
        var existing = clients.findByEmail(identity.email());
        if (existing.isPresent()) {
            var client = existing.get();
            var credential = accounts.findCredential(client.getId());
            if (credential.isPresent() && !credential.get().isEmailVerified()) {
                // Registered before and lost the link: a new one, with the new password.
                credential.get().changePassword(hasher.hash(form.password()), clock.instant());
                sendVerification(client.getId(), client.getEmail(), client.getLanguage(), client.getFirstName(), practiceName);
            } else {
                outbox.queue(client.getEmail(), client.getLanguage(), "alreadyRegistered", client.getFirstName(),
                        practiceName, base() + "/portail/connexion.xhtml", base() + "/portail/mot-de-passe-oublie.xhtml");
            }
            return;
        }
        long id = clientFiles.register(identity);
        accounts.save(new ClientCredential(id, hasher.hash(form.password()), clock.instant()));
        sendVerification(id, identity.email(), identity.language(), identity.firstName(), practiceName);
    }

    public boolean isValid(String token) {
        return links.isValid(LinkPurpose.EMAIL_VERIFICATION, token);
    }

    /** @throws BusinessException {@code link.invalid} for a link that is not (or no longer) valid */
    public void verify(String token) {
        long clientId = Principals.clientId(links.consume(LinkPurpose.EMAIL_VERIFICATION, token));
        accounts.findCredential(clientId).orElseThrow().emailVerified(clock.instant());
    }

    private void sendVerification(long clientId, String email, String language, String firstName, String practiceName) {
        String link = base() + "/portail/confirmation.xhtml?jeton="
                + links.issue(LinkPurpose.EMAIL_VERIFICATION, Principals.ofClient(clientId));
        outbox.queue(email, language, "emailVerification", firstName, practiceName, link);
    }

    private String base() {
        return baseUrl.replaceAll("/+$", "");
    }
}
