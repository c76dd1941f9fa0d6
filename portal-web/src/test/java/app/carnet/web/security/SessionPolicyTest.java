package app.carnet.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void started_shouldGiveStaffAShorterIdleTimeThanClients() {
        var policy = new SessionPolicy();
        policy.staffIdleMinutes = 15;
        policy.clientIdleMinutes = 30;
        policy.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Map<String, Object> staff = new HashMap<>();
        Map<String, Object> client = new HashMap<>();
        policy.started(session(staff), false);
        policy.started(session(client), true);
        assertEquals(900, staff.get("maxInactiveInterval"));
        assertEquals(1800, client.get("maxInactiveInterval"));
        assertEquals(NOW, SessionPolicy.startedAt(session(staff)));
        assertEquals(Instant.EPOCH, SessionPolicy.startedAt(session(new HashMap<>())), "a session from before");
    }

    @Test
    void tooOld_shouldEndASessionAfterItsMaximumLifeHoweverBusy() {
        var policy = new SessionPolicy();
        policy.maxHours = 12;
        Map<String, Object> state = new HashMap<>();
        state.put(SessionPolicy.STARTED_AT, NOW);
        policy.clock = Clock.fixed(NOW.plusSeconds(12 * 3600 - 1), ZoneOffset.UTC);
        assertFalse(policy.tooOld(session(state)));
        policy.clock = Clock.fixed(NOW.plusSeconds(12 * 3600 + 1), ZoneOffset.UTC);
        assertTrue(policy.tooOld(session(state)));
    }

    private static HttpSession session(Map<String, Object> state) {
        return (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(),
                new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setMaxInactiveInterval" -> state.put("maxInactiveInterval", args[0]);
                    case "setAttribute" -> state.put((String) args[0], args[1]);
                    case "getAttribute" -> state.get((String) args[0]);
                    default -> null;
                });
    }
}
