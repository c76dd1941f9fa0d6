package app.carnet.domain.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EmailRequestLimitTest {

    private Instant now = Instant.parse("2026-11-26T10:00:00Z");

    private EmailRequestLimit limit() {
        var limit = new EmailRequestLimit();
        limit.perRecipient = 3;
        limit.perAddress = 5;
        limit.clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return limit;
    }

    @Test
    void allow_shouldCapEachRecipientPerHour() {
        var limit = limit();
        for (int i = 0; i < 3; i++) {
            assertTrue(limit.allow("Anne@Exemple.fr", "198.51.100." + i));
        }
        assertFalse(limit.allow("anne@exemple.fr", "198.51.100.9"), "the same inbox, from anywhere");
        assertTrue(limit.allow("paul@exemple.fr", "198.51.100.9"), "another inbox");
        now = now.plus(Duration.ofMinutes(61));
        assertTrue(limit.allow("anne@exemple.fr", "198.51.100.9"), "an hour later");
    }

    @Test
    void allow_shouldCapEachSourceAddressPerHour() {
        var limit = limit();
        for (int i = 0; i < 5; i++) {
            assertTrue(limit.allow("person" + i + "@exemple.fr", "203.0.113.7"));
        }
        assertFalse(limit.allow("someone.else@exemple.fr", "203.0.113.7"));
        assertTrue(limit.allow("someone.else@exemple.fr", "203.0.113.8"));
    }
}
