package app.carnet.domain.account;

import java.time.Instant;

/** Whether the caller's second factor is on, since when, and how many recovery codes are left. */
public record TwoFactorStatus(boolean enabled, Instant enabledAt, int unusedRecoveryCodes) {

    static final TwoFactorStatus OFF = new TwoFactorStatus(false, null, 0);
}
