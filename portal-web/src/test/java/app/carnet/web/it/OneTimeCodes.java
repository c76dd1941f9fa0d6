package app.carnet.web.it;

import app.carnet.domain.security.Base32;
import app.carnet.domain.security.Totp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * An authenticator app for the tests: codes of a secret, each step used once in the test run, as Carnet
 * accepts them. The next code is of the earliest step that Carnet still takes (one step either side of now,
 * the one before only while it has 5 s left) and that this run has not used; when none is left, it waits
 * for the next 30-second step.
 */
public final class OneTimeCodes {

    private static final long MARGIN_SECONDS = 5;
    private static final Map<String, Long> LAST_STEPS = new HashMap<>();

    private OneTimeCodes() {
    }

    public static synchronized String next(byte[] secret) {
        String key = Base32.encode(secret);
        long last = LAST_STEPS.getOrDefault(key, Long.MIN_VALUE + 1);
        while (true) {
            Instant now = Instant.now();
            long current = Totp.step(now);
            long secondsLeft = (current + 1) * Totp.PERIOD_SECONDS - now.getEpochSecond();
            long earliest = secondsLeft > MARGIN_SECONDS ? current - Totp.WINDOW : current;
            long step = Math.max(earliest, last + 1);
            if (step <= current + Totp.WINDOW) {
                LAST_STEPS.put(key, step);
                return Totp.code(secret, step);
            }
            // Every step Carnet takes now has served: the next one only exists in the next 30-second window. Carnet
            // has no clock a test could move (it reads the system's), and a code one step further ahead is refused,
            // so this is the one wait for time itself; the owner's session kept between tests makes it rare.
            sleepUntil(Instant.ofEpochSecond((current + 1) * Totp.PERIOD_SECONDS).plusMillis(200));
        }
    }

    /** The next code of a secret read on a page (Base32, in groups). */
    public static String next(String secretOnThePage) {
        return next(Base32.decode(secretOnThePage));
    }

    private static void sleepUntil(Instant instant) {
        try {
            Thread.sleep(Math.max(0, instant.toEpochMilli() - System.currentTimeMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
