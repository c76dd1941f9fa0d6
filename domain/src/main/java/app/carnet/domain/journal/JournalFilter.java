package app.carnet.domain.journal;

import java.time.Instant;

/** Which entries the practitioner wants to see; {@code null} means any. {@code until} is excluded. */
public record JournalFilter(Long clientId, String actor, Instant from, Instant until) {

    public static JournalFilter all() {
        return new JournalFilter(null, null, null, null);
    }
}
