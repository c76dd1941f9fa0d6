package app.carnet.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.security.Totp;
import app.carnet.domain.shared.BusinessException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SecondFactorsTest {

    private static final FactorOwner CLAIRE = new FactorOwner(Realm.STAFF, 1);
    private static final FactorOwner PAUL = new FactorOwner(Realm.CLIENT, 1);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-26T10:00:05Z"));
    private final SecondFactors factors = new SecondFactors();
    private final byte[] secret = Totp.newSecret();
    private final List<String> notices = new java.util.ArrayList<>();

    @BeforeEach
    void configure() {
        var throttle = new LoginThrottle();
        throttle.clock = clock;
        throttle.accountThreshold = 5;
        throttle.addressThreshold = 20;
        factors.factors = new InMemory();
        factors.throttle = throttle;
        factors.clock = clock;
        factors.notices = new SecurityNotices() {
            @Override
            void send(String principal, Change change) {
                notices.add(principal + " " + change);
            }
        };
    }

    @Test
    void enable_shouldTakeACodeOfTheNewSecretAndGiveTenRecoveryCodes() {
        var wrong = assertThrows(BusinessException.class, () -> factors.enable(CLAIRE, secret, codeIn(5)));
        assertEquals("twoFactor.wrongCode", wrong.messageKey());
        assertTrue(factors.find(CLAIRE).isEmpty(), "nothing stored");

        assertEquals(10, factors.enable(CLAIRE, secret, codeIn(0)).size());
        assertEquals(10, factors.unusedRecoveryCodes(CLAIRE));
        assertTrue(factors.find(PAUL).isEmpty(), "another realm, another account");
        assertThrows(BusinessException.class, () -> factors.enable(CLAIRE, Totp.newSecret(), codeIn(0)));
    }

    @Test
    void check_shouldAcceptEachCodeOnceAndNoOlderOne() {
        factors.enable(CLAIRE, secret, codeIn(0));
        assertFalse(factors.check(CLAIRE, codeIn(0)), "the code that confirmed the setup");
        clock.move(Duration.ofSeconds(30));
        assertFalse(factors.check(CLAIRE, codeIn(-1)), "older than the last one accepted");
        assertTrue(factors.check(CLAIRE, codeIn(0)));
        assertFalse(factors.check(CLAIRE, codeIn(0)), "the same code again");
        assertTrue(factors.check(CLAIRE, codeIn(1)), "the next one, a little early");
    }

    @Test
    void check_shouldAcceptEachRecoveryCodeOnceHoweverTyped() {
        var codes = factors.enable(CLAIRE, secret, codeIn(0));
        assertTrue(factors.check(CLAIRE, codes.get(3).toLowerCase().replace("-", " ")));
        assertFalse(factors.check(CLAIRE, codes.get(3)));
        assertEquals(9, factors.unusedRecoveryCodes(CLAIRE));
        assertFalse(factors.check(PAUL, codes.get(4)), "nobody else's");
        assertEquals(List.of("staff:1 RECOVERY_CODE_USED"), notices, "the holder is told, once");
    }

    @Test
    void check_shouldRefuseEvenTheRightCodeAfterFiveWrongOnes() {
        factors.enable(CLAIRE, secret, codeIn(0));
        for (int i = 0; i < 5; i++) {
            assertFalse(factors.check(CLAIRE, "000000".equals(codeIn(1)) ? "111111" : "000000"));
        }
        assertFalse(factors.check(CLAIRE, codeIn(1)));
        clock.move(Duration.ofSeconds(30));
        assertTrue(factors.check(CLAIRE, codeIn(0)));
    }

    @Test
    void renewRecoveryCodes_shouldReplaceThemAllOnACurrentCode() {
        var first = factors.enable(CLAIRE, secret, codeIn(0));
        factors.check(CLAIRE, first.getFirst());
        assertThrows(BusinessException.class, () -> factors.renewRecoveryCodes(CLAIRE, codeIn(0)));
        var second = factors.renewRecoveryCodes(CLAIRE, first.get(1));
        assertEquals(10, factors.unusedRecoveryCodes(CLAIRE));
        assertFalse(factors.check(CLAIRE, first.get(2)), "the old codes are gone");
        assertTrue(factors.check(CLAIRE, second.get(2)));
    }

    @Test
    void replace_shouldNeedACurrentCodeAndOneOfTheNewApp() {
        factors.enable(CLAIRE, secret, codeIn(0));
        clock.move(Duration.ofSeconds(30));
        byte[] newSecret = Totp.newSecret();
        var refused = assertThrows(BusinessException.class,
                () -> factors.replace(CLAIRE, codeIn(0), newSecret, Totp.code(secret, step(0))));
        assertEquals(List.of("newCode"), refused.violations().stream().map(v -> v.field()).toList());

        factors.replace(CLAIRE, codeIn(0), newSecret, Totp.code(newSecret, step(0)));
        clock.move(Duration.ofSeconds(30));
        assertFalse(factors.check(CLAIRE, codeIn(0)), "the old app's codes no longer work");
        assertTrue(factors.check(CLAIRE, Totp.code(newSecret, step(0))));
    }

    @Test
    void disable_shouldForgetTheSecretAndTheCodes() {
        var codes = factors.enable(PAUL, secret, codeIn(0));
        assertThrows(BusinessException.class, () -> factors.disable(PAUL, "123"));
        factors.disable(PAUL, codes.getFirst());
        assertTrue(factors.find(PAUL).isEmpty());
        assertEquals(0, factors.unusedRecoveryCodes(PAUL));
    }

    private long step(int offset) {
        return Totp.step(clock.instant()) + offset;
    }

    private String codeIn(int offset) {
        return Totp.code(secret, step(offset));
    }

    /** The repository's contract, in memory. */
    private static final class InMemory extends SecondFactorRepository {

        private final Map<FactorOwner, SecondFactor> factors = new HashMap<>();
        private final Map<FactorOwner, List<RecoveryCode>> codes = new HashMap<>();

        @Override
        Optional<SecondFactor> find(FactorOwner owner) {
            return Optional.ofNullable(factors.get(owner));
        }

        @Override
        Optional<SecondFactor> findForUpdate(FactorOwner owner) {
            return find(owner);
        }

        @Override
        void save(SecondFactor factor) {
            factors.put(factor.owner(), factor);
        }

        @Override
        void delete(SecondFactor factor) {
            factors.values().remove(factor);
        }

        @Override
        List<RecoveryCode> findUnusedRecoveryCodes(FactorOwner owner) {
            return codes.getOrDefault(owner, List.of()).stream().filter(c -> !c.isUsed()).toList();
        }

        @Override
        void save(RecoveryCode code) {
            codes.computeIfAbsent(code.owner(), o -> new ArrayList<>()).add(code);
        }

        @Override
        void deleteRecoveryCodes(FactorOwner owner) {
            codes.remove(owner);
        }
    }
}
