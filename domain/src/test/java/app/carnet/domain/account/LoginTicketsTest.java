package app.carnet.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginTicketsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-26T10:00:00Z"));
    private final LoginTickets tickets = new LoginTickets();

    @BeforeEach
    void configure() {
        tickets.clock = clock;
    }

    @Test
    void redeem_shouldGiveThePrincipalOnceAndWithinAMinute() {
        String ticket = tickets.issue("staff:3");
        assertEquals(Optional.of("staff:3"), tickets.redeem(ticket));
        assertTrue(tickets.redeem(ticket).isEmpty(), "once");

        String late = tickets.issue("client:4");
        clock.move(Duration.ofMinutes(1));
        assertTrue(tickets.redeem(late).isEmpty(), "expired");
        assertTrue(tickets.redeem("made-up").isEmpty());
        assertTrue(tickets.redeem(null).isEmpty());
    }
}
