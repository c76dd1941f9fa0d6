package app.carnet.web.security;

import app.carnet.domain.account.Realm;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A login whose password was right and that waits, in this session, for a code of the account's second
 * factor: whose (an opaque principal name, never an email), in which realm, since when. It ends after
 * 5 minutes or 5 wrong codes; the user then starts again from the password.
 */
@SessionScoped
public class PendingLogin implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Duration VALIDITY = Duration.ofMinutes(5);
    static final int MAX_WRONG_CODES = 5;

    @Inject
    Clock clock;

    private @Nullable String principalName;
    private @Nullable Realm realm;
    private @Nullable Instant since;
    private int wrongCodes;

    void start(String principalName, Realm realm) {
        this.principalName = principalName;
        this.realm = realm;
        this.since = clock.instant();
        this.wrongCodes = 0;
    }

    Optional<String> principalName(Realm expected) {
        String waiting = principalName;
        if (waiting == null || since == null || realm != expected || !clock.instant().isBefore(since.plus(VALIDITY))) {
            return Optional.empty();
        }
        return Optional.of(waiting);
    }

    void wrongCode() {
        if (++wrongCodes >= MAX_WRONG_CODES) {
            clear();
        }
    }

    void clear() {
        principalName = null;
        realm = null;
        since = null;
        wrongCodes = 0;
    }

    /** Whether a login of this realm waits for its code in this session. */
    public boolean isWaiting(Realm expected) {
        return principalName(expected).isPresent();
    }
}
