package app.carnet.domain.health;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A measurement as the pages show it: height (cm), weight (kg) and the body-mass index computed from the weight and
 * the latest known height; {@code voidedAt} is set for a measurement struck out.
 */
public record MeasurementLine(long id, LocalDate measuredOn, Integer heightCm, BigDecimal weightKg, BigDecimal bmi,
        Instant voidedAt, String voidReason) {

    /**
     * The measurements, oldest first, each with its body mass index: without a height of its own, from the latest
     * height before; before the first height, from the first one measured later (an adult's height barely changes).
     */
    static List<MeasurementLine> withBmis(List<MeasurementLine> lines) {
        Integer height = lines.stream().filter(l -> l.voidedAt() == null && l.heightCm() != null)
                .map(MeasurementLine::heightCm).findFirst().orElse(null);
        var measurements = new ArrayList<MeasurementLine>();
        for (MeasurementLine line : lines) {
            if (line.heightCm() == null) {
                measurements.add(line.withBmiFrom(height));
                continue;
            }
            if (line.voidedAt() == null) {
                height = line.heightCm();
            }
            measurements.add(line);
        }
        return List.copyOf(measurements);
    }

    /** The same measurement, its index computed from a height measured another day. */
    MeasurementLine withBmiFrom(Integer height) {
        return new MeasurementLine(id, measuredOn, heightCm, weightKg, Bmi.of(weightKg, height), voidedAt, voidReason);
    }

    @Override
    public String toString() {
        return "MeasurementLine[id=" + id + "]";
    }
}
