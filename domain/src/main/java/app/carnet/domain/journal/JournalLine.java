package app.carnet.domain.journal;

import app.carnet.domain.shared.FileAction;
import java.time.Instant;

/** An entry as the pages show it: who (name and role), when, which client, what, and why. */
public record JournalLine(long seq, Instant at, String actorName, String actorRole, long clientId, String clientName,
        FileAction action, String purpose) {

    @Override
    public String toString() {
        return "JournalLine[seq=" + seq + "]";
    }
}
