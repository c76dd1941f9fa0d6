package app.carnet.domain.health;

import java.time.Instant;
import java.time.LocalDate;

/** An anamnesis entry as the pages show it; {@code voidedAt} is set for an entry struck out. */
public record AnamnesisLine(long id, AnamnesisKind kind, String text, LocalDate notedOn, Instant voidedAt,
        String voidReason) {

    @Override
    public String toString() {
        return "AnamnesisLine[id=" + id + "]";
    }
}
