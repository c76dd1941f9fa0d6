package app.carnet.domain.health;

import java.util.List;

/** A client's health data as the back office shows it: the anamnesis, newest first, and the measurements, oldest first. */
public record HealthRecord(long clientId, List<AnamnesisLine> anamnesis, List<MeasurementLine> measurements) {
}
