package app.carnet.domain.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Checks;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HealthChecksTest {

    @Test
    void bmi_shouldBeTheWeightOverTheSquaredHeightToOneDecimal() {
        assertEquals(new BigDecimal("22.9"), Bmi.of(new BigDecimal("70"), 175));
        assertEquals(new BigDecimal("24.5"), Bmi.of(new BigDecimal("72.5"), 172), "24.506… rounds to 24.5");
        assertNull(Bmi.of(null, 175));
        assertNull(Bmi.of(new BigDecimal("70"), null));
    }

    @Test
    void weight_shouldTakeACommaOrADotAndOneDecimal() {
        var checks = new Checks();
        assertEquals(new BigDecimal("72.5"), HealthService.weight(checks, "72,5"));
        assertEquals(new BigDecimal("72.5"), HealthService.weight(checks, " 72.50 "));
        assertEquals(new BigDecimal("80"), HealthService.weight(checks, "80"));
        assertEquals(175, HealthService.height(checks, "175"));
        checks.throwIfAny();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0,5", "401", "72,55", "soixante", "-3"})
    void weight_shouldRefuseWhatIsNotAPlausibleWeight(String typed) {
        var checks = new Checks();
        assertNull(HealthService.weight(checks, typed));
        assertThrows(BusinessException.class, checks::throwIfAny);
    }

    @ParameterizedTest
    @ValueSource(strings = {"39", "251", "1m75", "175,5"})
    void height_shouldRefuseWhatIsNotAPlausibleHeightInCentimetres(String typed) {
        var checks = new Checks();
        assertNull(HealthService.height(checks, typed));
        assertThrows(BusinessException.class, checks::throwIfAny);
    }
}
