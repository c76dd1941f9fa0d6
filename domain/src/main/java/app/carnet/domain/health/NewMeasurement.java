package app.carnet.domain.health;

import java.time.LocalDate;

/** A measurement as typed: height in centimetres, weight in kilograms ("72,5" or "72.5"); either may be empty. */
public record NewMeasurement(LocalDate measuredOn, String heightCm, String weightKg) {

    @Override
    public String toString() {
        return "NewMeasurement[redacted]";
    }
}
