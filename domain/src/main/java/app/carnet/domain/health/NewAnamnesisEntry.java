package app.carnet.domain.health;

import java.time.LocalDate;

/** An anamnesis entry as typed; the day it was noted is today when left empty. */
public record NewAnamnesisEntry(AnamnesisKind kind, String text, LocalDate notedOn) {

    @Override
    public String toString() {
        return "NewAnamnesisEntry[redacted]";
    }
}
