package app.carnet.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How long a session may stay idle (staff less than clients), how long it may last, and when it began. */
@ApplicationScoped
public class SessionPolicy {

    static final String STARTED_AT = "carnet.session.startedAt";

    @Inject
    @ConfigProperty(name = "carnet.session.staff-idle-minutes")
    int staffIdleMinutes;
    @Inject
    @ConfigProperty(name = "carnet.session.client-idle-minutes")
    int clientIdleMinutes;
    @Inject
    @ConfigProperty(name = "carnet.session.max-hours")
    int maxHours;
    @Inject
    Clock clock;

    void started(HttpSession session, boolean client) {
        session.setMaxInactiveInterval((client ? clientIdleMinutes : staffIdleMinutes) * 60);
        session.setAttribute(STARTED_AT, clock.instant());
    }

    /** Whether the session began longer ago than any session may last, however busy (NIST SP 800-63B). */
    boolean tooOld(HttpSession session) {
        return startedAt(session).plus(Duration.ofHours(maxHours)).isBefore(clock.instant());
    }

    static Instant startedAt(HttpSession session) {
        return session.getAttribute(STARTED_AT) instanceof Instant started ? started : Instant.EPOCH;
    }
}
