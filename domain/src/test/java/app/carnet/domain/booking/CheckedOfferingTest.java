package app.carnet.domain.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Money;
import app.carnet.domain.shared.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckedOfferingTest {

    @Test
    void of_shouldKeepTheNumbersAndThePriceAsRead() {
        var checked = CheckedOffering.of(new OfferingForm(" Bilan ", null, 90, null, Money.ofCents(70_00), true,
                Location.PRACTICE, null));
        assertEquals("Bilan", checked.name());
        assertEquals(90, checked.durationMinutes());
        assertEquals(0, checked.bufferMinutes(), "no buffer when left empty");
        assertEquals(Money.ofCents(70_00), checked.price());
    }

    @Test
    void of_shouldRefuseEveryProblemAtOnceEachOnItsField() {
        var refused = assertThrows(BusinessException.class, () -> CheckedOffering.of(new OfferingForm("", null, null,
                7, null, true, Location.PRACTICE, null)));
        assertEquals(List.of(new Violation("name", "validation.required"),
                new Violation("durationMinutes", "validation.required"),
                new Violation("bufferMinutes", "booking.minutes.range"),
                new Violation("price", "validation.required")), refused.violations());
    }

    @Test
    void of_shouldRefuseANegativePriceAndMinutesOutOfRange() {
        var refused = assertThrows(BusinessException.class, () -> CheckedOffering.of(new OfferingForm("Bilan", null,
                485, 0, Money.ofCents(-1), true, Location.PRACTICE, null)));
        assertEquals(List.of(new Violation("durationMinutes", "booking.minutes.range"),
                new Violation("price", "booking.price.invalid")), refused.violations());
    }
}
