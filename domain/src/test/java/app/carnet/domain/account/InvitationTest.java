package app.carnet.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void state_shouldFollowExpiryUseAndRevocation() {
        var invitation = new Invitation(1, Tokens.hash("t"), NOW, NOW.plus(Duration.ofDays(7)));
        assertEquals(InvitationState.VALID, invitation.state(NOW.plus(Duration.ofDays(6))));
        assertEquals(InvitationState.EXPIRED, invitation.state(NOW.plus(Duration.ofDays(7))));
        invitation.markUsed(NOW);
        assertEquals(InvitationState.USED, invitation.state(NOW));

        var revoked = new Invitation(1, Tokens.hash("u"), NOW, NOW.plus(Duration.ofDays(7)));
        revoked.revoke(NOW);
        assertEquals(InvitationState.REVOKED, revoked.state(NOW));
    }

    @Test
    void tokens_shouldBeLongRandomAndStoredHashed() {
        String token = Tokens.newToken();
        assertEquals(43, token.length());
        assertNotEquals(token, Tokens.newToken());
        assertEquals(64, Tokens.hash(token).length());
        assertNotEquals(token, Tokens.hash(token));
    }
}
