package app.carnet.domain.account;

import app.carnet.domain.shared.Checks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing, per account and per source address: past a number of failures, each
 * new failure doubles the time during which no password is even checked (30 s, 1 min, 2 min… at
 * most 15 minutes). Unknown addresses count like known ones, so that the throttle says nothing about who
 * has an account. A success clears the account's count, not the address's. Codes of a second factor are
 * counted per account in the same way, apart from passwords: a right password does not clear them, so that
 * knowing the password does not open unlimited guesses at the code. Counts live in memory (one Carnet
 * instance) and are forgotten after a day without failures.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "carnet.login.account-failures")
    int accountThreshold;
    @Inject
    @ConfigProperty(name = "carnet.login.address-failures")
    int addressThreshold;

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }

    /** Whether a login for this email from this address must be refused without looking at the password. */
    public boolean blocked(Realm realm, String email, String address) {
        Instant now = clock.instant();
        return isBlocked(accountKey(realm, email), now) || isBlocked(addressKey(address), now);
    }

    public void failed(Realm realm, String email, String address) {
        Instant now = clock.instant();
        count(accountKey(realm, email), accountThreshold, now);
        count(addressKey(address), addressThreshold, now);
        failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
    }

    public void succeeded(Realm realm, String email) {
        failures.remove(accountKey(realm, email));
    }

    /** Whether codes for this account's second factor must be refused without a check. */
    public boolean secondFactorBlocked(String principalName) {
        return isBlocked(secondFactorKey(principalName), clock.instant());
    }

    public void secondFactorFailed(String principalName) {
        Instant now = clock.instant();
        count(secondFactorKey(principalName), accountThreshold, now);
        failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
    }

    public void secondFactorSucceeded(String principalName) {
        failures.remove(secondFactorKey(principalName));
    }

    private boolean isBlocked(String key, Instant now) {
        var f = failures.get(key);
        return f != null && now.isBefore(f.blockedUntil());
    }

    private void count(String key, int threshold, Instant now) {
        failures.compute(key, (k, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            Instant blockedUntil = now;
            if (count >= threshold) {
                Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(count - threshold, 10));
                blockedUntil = now.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
            }
            return new Failures(count, now, blockedUntil);
        });
    }

    /** Accounts are kept by a hash of the email: the throttle holds no address in memory. */
    private static String accountKey(Realm realm, String email) {
        return realm + ":" + Tokens.hash(Checks.canonicalEmail(email));
    }

    /** Principal names are opaque ({@code staff:42}): no personal data either. */
    private static String secondFactorKey(String principalName) {
        return "code:" + principalName;
    }

    private static String addressKey(String address) {
        return "ip:" + (address == null ? "" : address);
    }
}
