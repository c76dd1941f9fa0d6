package app.carnet.web.security;

import app.carnet.domain.account.AuthenticatedCaller;
import app.carnet.domain.account.Authenticator;
import app.carnet.domain.account.LoginResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;

/**
 * Validates the credentials of the login pages against the staff or client accounts: a password
 * ({@link RealmCredential}), then, for an account with a second factor, a code ({@link CodeCredential}); and
 * the ticket that logs a session in again after enrolment ({@link TicketCredential}). A right password for
 * an account with a second factor is not a login yet: the session remembers it ({@link PendingLogin}) and
 * the login page sends the browser on to the code page.
 */
@ApplicationScoped
public class CarnetIdentityStore implements IdentityStore {

    @Inject
    Authenticator authenticator;
    @Inject
    PendingLogin pending;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        return switch (credential) {
            case RealmCredential c -> password(c);
            case CodeCredential c -> code(c);
            case TicketCredential c -> result(authenticator.redeem(c.ticket()));
            default -> CredentialValidationResult.NOT_VALIDATED_RESULT;
        };
    }

    private CredentialValidationResult password(RealmCredential c) {
        pending.clear();
        return switch (authenticator.authenticate(c.realm(), c.getCaller(), c.getPasswordAsString(), c.address())) {
            case LoginResult.LoggedIn(AuthenticatedCaller caller) -> result(Optional.of(caller));
            case LoginResult.SecondFactorRequired(String principalName) -> {
                pending.start(principalName, c.realm());
                yield CredentialValidationResult.INVALID_RESULT;
            }
            case LoginResult.Refused refused -> CredentialValidationResult.INVALID_RESULT;
        };
    }

    private CredentialValidationResult code(CodeCredential c) {
        var principalName = pending.principalName(c.realm());
        if (principalName.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        var caller = authenticator.completeSecondFactor(principalName.get(), c.code());
        if (caller.isPresent()) {
            pending.clear();
        } else {
            pending.wrongCode();
        }
        return result(caller);
    }

    private static CredentialValidationResult result(Optional<AuthenticatedCaller> caller) {
        return caller.map(c -> new CredentialValidationResult(c.principalName(), c.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
