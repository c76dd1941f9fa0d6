package app.carnet.domain.health;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A measurement as the pages show it: height (cm), weight (kg) and the body-mass index computed from the weight and
 * the latest known height; {@code voidedAt} is set for a measurement struck out.
 */
public record MeasurementLine(long id, LocalDate measuredOn, Integer heightCm, BigDecimal weightKg, BigDecimal bmi,
        Instant voidedAt, String voidReason) {

    /** The same measurement, its index computed from a height measured another day. */
    MeasurementLine withBmiFrom(Integer height) {
        return new MeasurementLine(id, measuredOn, heightCm, weightKg, Bmi.of(weightKg, height), voidedAt, voidReason);
    }

    @Override
    public String toString() {
        return "MeasurementLine[id=" + id + "]";
    }
}
