package app.carnet.domain.journal;

import java.time.Instant;

/** An entry as the pages show it: who (name and role), when, which client, what (a journal action's name), and why. */
public record JournalLine(long seq, Instant at, String actorName, String actorRole, long clientId, String clientName,
        String action, String purpose) {

    @Override
    public String toString() {
        return "JournalLine[seq=" + seq + "]";
    }
}
