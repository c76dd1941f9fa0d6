package app.carnet.domain.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-26T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle();

    @BeforeEach
    void configure() {
        throttle.clock = clock;
        throttle.accountThreshold = 5;
        throttle.addressThreshold = 20;
    }

    @Test
    void account_shouldBeBlockedLongerAfterEachFailurePastTheThreshold() {
        for (int i = 0; i < 4; i++) {
            throttle.failed(Realm.CLIENT, "louise@exemple.fr", "10.0.0." + i);
        }
        assertFalse(throttle.blocked(Realm.CLIENT, "louise@exemple.fr", "10.0.0.9"));
        throttle.failed(Realm.CLIENT, "Louise@Exemple.fr ", "10.0.0.5");
        assertTrue(throttle.blocked(Realm.CLIENT, "louise@exemple.fr", "10.0.0.9"), "from any address");
        clock.move(Duration.ofSeconds(30));
        assertFalse(throttle.blocked(Realm.CLIENT, "louise@exemple.fr", "10.0.0.9"), "30 s after the 5th failure");
        throttle.failed(Realm.CLIENT, "louise@exemple.fr", "10.0.0.6");
        clock.move(Duration.ofSeconds(59));
        assertTrue(throttle.blocked(Realm.CLIENT, "louise@exemple.fr", "10.0.0.9"), "still 59 s after the 6th");
        clock.move(Duration.ofSeconds(1));
        assertFalse(throttle.blocked(Realm.CLIENT, "louise@exemple.fr", "10.0.0.9"), "a minute after the 6th");
        assertFalse(throttle.blocked(Realm.STAFF, "louise@exemple.fr", "10.0.0.9"),
                "the other realm is another account");
    }

    @Test
    void wait_shouldNeverPassFifteenMinutes() {
        for (int i = 0; i < 40; i++) {
            throttle.failed(Realm.STAFF, "claire@cabinet.fr", "10.0.0.1");
        }
        clock.move(Duration.ofMinutes(15));
        assertFalse(throttle.blocked(Realm.STAFF, "claire@cabinet.fr", "10.0.0.2"));
    }

    @Test
    void address_shouldBeBlockedAfterManyFailuresOnManyAccounts() {
        for (int i = 0; i < 20; i++) {
            throttle.failed(Realm.CLIENT, "guess" + i + "@exemple.fr", "203.0.113.7");
        }
        assertTrue(throttle.blocked(Realm.CLIENT, "someone-else@exemple.fr", "203.0.113.7"));
        assertFalse(throttle.blocked(Realm.CLIENT, "someone-else@exemple.fr", "198.51.100.1"));
    }

    @Test
    void success_shouldClearTheAccountButNotTheAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.failed(Realm.CLIENT, "paul@exemple.fr", "10.0.0.1");
        }
        throttle.succeeded(Realm.CLIENT, "paul@exemple.fr");
        assertFalse(throttle.blocked(Realm.CLIENT, "paul@exemple.fr", "10.0.0.1"));
    }

    @Test
    void secondFactor_shouldBeThrottledPerAccountAndNotClearedByTheRightPassword() {
        for (int i = 0; i < 4; i++) {
            throttle.secondFactorFailed("staff:1");
        }
        assertFalse(throttle.secondFactorBlocked("staff:1"));
        throttle.succeeded(Realm.STAFF, "claire@cabinet.fr");
        throttle.secondFactorFailed("staff:1");
        assertTrue(throttle.secondFactorBlocked("staff:1"), "the 5th wrong code, whatever the password");
        assertFalse(throttle.secondFactorBlocked("staff:2"));
        assertFalse(throttle.blocked(Realm.STAFF, "claire@cabinet.fr", "10.0.0.1"), "passwords are counted apart");
        clock.move(Duration.ofSeconds(30));
        assertFalse(throttle.secondFactorBlocked("staff:1"));
        throttle.secondFactorSucceeded("staff:1");
        throttle.secondFactorFailed("staff:1");
        assertFalse(throttle.secondFactorBlocked("staff:1"), "a right code clears the count");
    }
}
