package app.carnet.web.security;

import app.carnet.domain.account.Authenticator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Validates {@link RealmCredential}s against the staff or client accounts. */
@ApplicationScoped
public class CarnetIdentityStore implements IdentityStore {

    @Inject
    Authenticator authenticator;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof RealmCredential c)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return authenticator.authenticate(c.realm(), c.getCaller(), c.getPasswordAsString(), c.address())
                .map(caller -> new CredentialValidationResult(caller.principalName(), caller.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
