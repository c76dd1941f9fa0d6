package app.carnet.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateInputTest {

    @Test
    void parse_shouldReadFrenchDates() {
        assertEquals(new DateInput(LocalDate.of(1985, 3, 14), null), DateInput.parse(" 14/03/1985 "));
        assertEquals(new DateInput(LocalDate.of(1985, 3, 4), null), DateInput.parse("4/3/1985"));
        assertEquals(new DateInput(LocalDate.of(2024, 2, 29), null), DateInput.parse("29/02/2024"));
    }

    @Test
    void orRefuse_shouldGiveTheDateNothingOrTheProblemOnItsField() {
        assertEquals(LocalDate.of(1985, 3, 14), DateInput.parse("14/03/1985").orRefuse("heldOn"));
        assertEquals(null, DateInput.parse("  ").orRefuse("heldOn"));
        var e = org.junit.jupiter.api.Assertions.assertThrows(app.carnet.domain.shared.BusinessException.class,
                () -> DateInput.parse("31/02/1990").orRefuse("heldOn"));
        assertEquals(java.util.List.of(new app.carnet.domain.shared.Violation("heldOn", "validation.date.impossible")),
                e.violations());
    }

    @Test
    void parse_shouldTellAnImpossibleDateFromAWrongShape() {
        assertEquals("validation.date.impossible", DateInput.parse("31/02/1990").problem());
        assertEquals("validation.date.impossible", DateInput.parse("29/02/2023").problem());
        assertEquals("validation.date", DateInput.parse("1990-02-03").problem());
        assertEquals("validation.date", DateInput.parse("14 mars 1985").problem());
    }

    @Test
    void parse_shouldLeaveAnEmptyInputToTheRequiredCheck() {
        assertEquals(new DateInput(null, null), DateInput.parse("  "));
    }
}
