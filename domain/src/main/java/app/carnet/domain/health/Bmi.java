package app.carnet.domain.health;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The body-mass index: weight (kg) divided by the square of the height (m), to one decimal, rounded half up. */
final class Bmi {

    private Bmi() {
    }

    /** @return the index, or {@code null} when the weight or the height is not known */
    static BigDecimal of(BigDecimal weightKg, Integer heightCm) {
        if (weightKg == null || heightCm == null || heightCm <= 0) {
            return null;
        }
        BigDecimal metres = BigDecimal.valueOf(heightCm).movePointLeft(2);
        return weightKg.divide(metres.pow(2), MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
    }
}
