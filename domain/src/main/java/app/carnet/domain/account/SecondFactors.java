package app.carnet.domain.account;

import app.carnet.domain.security.Totp;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Checks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The second factor of an account: a TOTP secret and ten single-use recovery codes. A code is checked with
 * the account's row locked, so that it cannot serve twice at once, and the checks are throttled per account
 * ({@link LoginThrottle}). Runs in the caller's transaction.
 */
@ApplicationScoped
class SecondFactors {

    @Inject
    SecondFactorRepository factors;
    @Inject
    LoginThrottle throttle;
    @Inject
    SecurityNotices notices;
    @Inject
    Clock clock;

    Optional<SecondFactor> find(FactorOwner owner) {
        return factors.find(owner);
    }

    int unusedRecoveryCodes(FactorOwner owner) {
        return factors.findUnusedRecoveryCodes(owner).size();
    }

    /** Accepts a code of the app, or an unused recovery code, once. */
    boolean check(FactorOwner owner, String code) {
        String principal = owner.principalName();
        if (throttle.secondFactorBlocked(principal)) {
            return false;
        }
        Instant now = clock.instant();
        boolean accepted = factors.findForUpdate(owner)
                .map(f -> f.accept(code, now) || useRecoveryCode(owner, code, now)).orElse(false);
        if (accepted) {
            throttle.secondFactorSucceeded(principal);
        } else {
            throttle.secondFactorFailed(principal);
        }
        return accepted;
    }

    /**
     * Turns the second factor on with a code of the new secret.
     *
     * @return the new recovery codes
     * @throws BusinessException {@code twoFactor.wrongCode} on {@code code}, or {@code twoFactor.alreadyOn}
     */
    List<String> enable(FactorOwner owner, byte[] secret, String code) {
        if (factors.findForUpdate(owner).isPresent()) {
            throw new BusinessException("twoFactor.alreadyOn");
        }
        var checks = new Checks();
        long step = firstStep(checks, secret, code, "code");
        checks.throwIfAny();
        factors.save(new SecondFactor(owner, secret, step, clock.instant()));
        return newRecoveryCodes(owner);
    }

    /**
     * A new app: a code of the new secret, then one of the current second factor (not spent when the new
     * one is wrong).
     */
    List<String> replace(FactorOwner owner, String currentCode, byte[] secret, String newCode) {
        var checks = new Checks();
        long step = firstStep(checks, secret, newCode, "newCode");
        checks.throwIfAny();
        requireCode(owner, currentCode);
        factors.findForUpdate(owner).orElseThrow().replace(secret, step, clock.instant());
        return newRecoveryCodes(owner);
    }

    List<String> renewRecoveryCodes(FactorOwner owner, String currentCode) {
        requireCode(owner, currentCode);
        return newRecoveryCodes(owner);
    }

    void disable(FactorOwner owner, String currentCode) {
        requireCode(owner, currentCode);
        reset(owner);
    }

    /** Deletes the second factor and its recovery codes, without a code: for the owner's reset of a member. */
    void reset(FactorOwner owner) {
        factors.deleteRecoveryCodes(owner);
        factors.findForUpdate(owner).ifPresent(factors::delete);
    }

    private void requireCode(FactorOwner owner, String code) {
        if (!check(owner, code)) {
            throw new BusinessException("twoFactor.wrongCode", "code");
        }
    }

    private long firstStep(Checks checks, byte[] secret, String code, String field) {
        var step = Totp.verify(secret, code, clock.instant(), Long.MIN_VALUE);
        if (step.isEmpty()) {
            checks.refuse(field, "twoFactor.wrongCode");
            return 0;
        }
        return step.getAsLong();
    }

    private boolean useRecoveryCode(FactorOwner owner, String typed, Instant now) {
        var code = RecoveryCodes.normalise(typed);
        if (code.isEmpty()) {
            return false;
        }
        for (RecoveryCode candidate : factors.findUnusedRecoveryCodes(owner)) {
            if (candidate.matches(code.get())) {
                candidate.use(now);
                notices.send(owner.principalName(), SecurityNotices.Change.RECOVERY_CODE_USED);
                return true;
            }
        }
        return false;
    }

    /** Replaces every recovery code of the account, used or not. */
    private List<String> newRecoveryCodes(FactorOwner owner) {
        factors.deleteRecoveryCodes(owner);
        Instant now = clock.instant();
        var codes = RecoveryCodes.generate();
        codes.forEach(c -> factors.save(new RecoveryCode(owner, RecoveryCodes.hash(c), now)));
        return codes;
    }
}
