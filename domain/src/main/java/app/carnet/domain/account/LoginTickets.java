package app.carnet.domain.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One-time tickets that let a session log in again after its account changed, without asking for a
 * password or a code that was just used: the session that confirms its second factor gets one and
 * exchanges it at once for the full role and a new session id. A ticket is random, kept as a hash, good
 * once and for a minute, and lives in memory (one Carnet instance).
 */
@ApplicationScoped
class LoginTickets {

    static final Duration VALIDITY = Duration.ofMinutes(1);

    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    private record Ticket(String principalName, Instant expiresAt) {
    }

    String issue(String principalName) {
        Instant now = clock.instant();
        tickets.values().removeIf(t -> !now.isBefore(t.expiresAt()));
        String token = Tokens.newToken();
        tickets.put(Tokens.hash(token), new Ticket(principalName, now.plus(VALIDITY)));
        return token;
    }

    /** The principal the ticket was issued to, once. */
    Optional<String> redeem(String token) {
        if (token == null) {
            return Optional.empty();
        }
        var ticket = tickets.remove(Tokens.hash(token));
        return ticket != null && clock.instant().isBefore(ticket.expiresAt()) ? Optional.of(ticket.principalName())
                : Optional.empty();
    }
}
