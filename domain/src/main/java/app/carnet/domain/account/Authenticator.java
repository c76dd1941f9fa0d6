package app.carnet.domain.account;

import app.carnet.domain.client.Clients;
import app.carnet.domain.security.PasswordHasher;
import app.carnet.domain.shared.Checks;
import app.carnet.domain.shared.Dates;
import app.carnet.domain.staff.StaffCredentials;
import app.carnet.domain.staff.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Logs callers in, in two steps when their account has a second factor: an email and a password in one
 * realm, then a code. An unknown email costs the same hash as a known one, so that the answer and its timing
 * say nothing about who has an account; repeated failures are throttled ({@link LoginThrottle}) and then get
 * the same answer without a check. A staff member without a second factor is logged in only into its
 * enrolment ({@link #STAFF_ENROLMENT}).
 */
@ApplicationScoped
public class Authenticator {

    /** The group of a staff member who must set up the second factor before anything else. */
    public static final String STAFF_ENROLMENT = "STAFF_ENROLMENT";

    @Inject
    StaffDirectory staff;
    @Inject
    StaffCredentials credentials;
    @Inject
    Clients clients;
    @Inject
    AccountRepository accounts;
    @Inject
    LoginThrottle throttle;
    @Inject
    SecondFactors secondFactors;
    @Inject
    LoginTickets tickets;
    @Inject
    Clock clock;

    private final PasswordHasher hasher = new PasswordHasher();

    @Transactional(Transactional.TxType.SUPPORTS)
    public LoginResult authenticate(Realm realm, String email, String password, String address) {
        if (throttle.blocked(realm, email, address)) {
            return new LoginResult.Refused();
        }
        var owner = check(realm, email, password);
        if (owner.isEmpty()) {
            throttle.failed(realm, email, address);
            return new LoginResult.Refused();
        }
        throttle.succeeded(realm, email);
        if (secondFactors.find(owner.get()).isPresent()) {
            return new LoginResult.SecondFactorRequired(owner.get().principalName());
        }
        return caller(owner.get(), false).<LoginResult>map(LoginResult.LoggedIn::new)
                .orElseGet(LoginResult.Refused::new);
    }

    /** The second step: a code of the app, or a recovery code, for the account whose password was right. */
    @Transactional
    public Optional<AuthenticatedCaller> completeSecondFactor(String principalName, String code) {
        var owner = FactorOwner.of(principalName);
        return secondFactors.check(owner, code) ? caller(owner, true) : Optional.empty();
    }

    /** Logs a session in again from a ticket ({@link TwoFactorService#enable}), with what the account may do now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AuthenticatedCaller> redeem(String ticket) {
        return tickets.redeem(ticket).map(FactorOwner::of)
                .flatMap(owner -> caller(owner, secondFactors.find(owner).isPresent()));
    }

    private Optional<AuthenticatedCaller> caller(FactorOwner owner, boolean secondFactorDone) {
        return switch (owner.realm()) {
            case STAFF -> staff.member(owner.id()).map(m -> new AuthenticatedCaller(owner.principalName(),
                    Set.of(secondFactorDone ? m.role().name() : STAFF_ENROLMENT)));
            case CLIENT -> Optional.of(new AuthenticatedCaller(owner.principalName(), Set.of("CLIENT")));
        };
    }

    private Optional<FactorOwner> check(Realm realm, String email, String password) {
        String normalised = Checks.canonicalEmail(email);
        String secret = password == null ? "" : password;
        return switch (realm) {
            case STAFF -> {
                var member = credentials.signIn(normalised, Dates.today(clock)); // one read, known address or not
                boolean ok = hasher.verify(secret, member.map(StaffCredentials.SignIn::passwordHash).orElse(null));
                // A member whose access ended, or a replacement outside the period, cannot log in.
                yield member.filter(m -> ok && m.mayWork()).map(m -> new FactorOwner(Realm.STAFF, m.id()));
            }
            case CLIENT -> {
                var client = clients.byEmail(normalised);
                var credential = client.flatMap(c -> accounts.findCredential(c.id()));
                boolean ok = hasher.verify(secret, credential.map(ClientCredential::getPasswordHash).orElse(null));
                // A registered client logs in once the address is verified (an invited one verified it by the invitation).
                yield client.filter(c -> ok && credential.isPresent() && credential.get().isEmailVerified())
                        .map(c -> new FactorOwner(Realm.CLIENT, c.id()));
            }
        };
    }
}
