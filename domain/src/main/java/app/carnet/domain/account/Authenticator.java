package app.carnet.domain.account;

import app.carnet.domain.security.PasswordHasher;
import app.carnet.domain.client.ClientRepository;
import app.carnet.domain.shared.Checks;
import app.carnet.domain.shared.Principals;
import app.carnet.domain.staff.StaffRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an email and a password in one realm. An unknown email costs the same hash as a known
 * one, so that the answer and its timing say nothing about who has an account; repeated failures
 * are throttled ({@link LoginThrottle}) and then get the same answer without a check.
 */
@ApplicationScoped
public class Authenticator {

    @Inject
    StaffRepository staff;
    @Inject
    ClientRepository clients;
    @Inject
    AccountRepository accounts;
    @Inject
    LoginThrottle throttle;

    private final PasswordHasher hasher = new PasswordHasher();

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AuthenticatedCaller> authenticate(Realm realm, String email, String password, String address) {
        if (throttle.blocked(realm, email, address)) {
            return Optional.empty();
        }
        var caller = check(realm, email, password);
        if (caller.isPresent()) {
            throttle.succeeded(realm, email);
        } else {
            throttle.failed(realm, email, address);
        }
        return caller;
    }

    private Optional<AuthenticatedCaller> check(Realm realm, String email, String password) {
        String normalised = Checks.canonicalEmail(email);
        String secret = password == null ? "" : password;
        return switch (realm) {
            case STAFF -> {
                var member = staff.findByEmail(normalised);
                boolean ok = hasher.verify(secret, member.map(m -> m.getPasswordHash()).orElse(null));
                yield member.filter(m -> ok).map(m -> new AuthenticatedCaller(Principals.ofStaff(m.getId()),
                        Set.of(m.getRole().name())));
            }
            case CLIENT -> {
                var client = clients.findByEmail(normalised);
                var credential = client.flatMap(c -> accounts.findCredential(c.getId()));
                boolean ok = hasher.verify(secret, credential.map(ClientCredential::getPasswordHash).orElse(null));
                // A registered client logs in once the address is verified (an invited one verified it by the invitation).
                yield client.filter(c -> ok && credential.isPresent() && credential.get().isEmailVerified())
                        .map(c -> new AuthenticatedCaller(Principals.ofClient(c.getId()), Set.of("CLIENT")));
            }
        };
    }
}
