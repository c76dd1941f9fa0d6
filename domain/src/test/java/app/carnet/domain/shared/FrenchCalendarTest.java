package app.carnet.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrenchCalendarTest {

    @Test
    void isPublicHoliday_shouldKnowTheFrenchPublicHolidays() {
        assertEquals(LocalDate.of(2027, 3, 28), FrenchCalendar.easterSunday(2027));
        assertEquals(LocalDate.of(2026, 4, 5), FrenchCalendar.easterSunday(2026));
        for (LocalDate day : List.of(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 7, 14), LocalDate.of(2026, 11, 11), LocalDate.of(2027, 5, 8))) {
            assertTrue(FrenchCalendar.isPublicHoliday(day), day.toString());
        }
        assertFalse(FrenchCalendar.isPublicHoliday(LocalDate.of(2026, 4, 7)));
        assertFalse(FrenchCalendar.isPublicHoliday(LocalDate.of(2026, 12, 24)));
    }

    @Test
    void isWorkingDay_shouldSkipWeekendsAndHolidays() {
        assertTrue(FrenchCalendar.isWorkingDay(LocalDate.of(2026, 12, 3)));
        assertFalse(FrenchCalendar.isWorkingDay(LocalDate.of(2026, 12, 5)));
        assertFalse(FrenchCalendar.isWorkingDay(LocalDate.of(2026, 12, 6)));
        assertFalse(FrenchCalendar.isWorkingDay(LocalDate.of(2026, 12, 25)));
    }

    /** The moves law.md's one-month clock needs: a Saturday, a Sunday, May Day on a Friday. */
    @Test
    void workingDayFrom_shouldMoveToTheNextWorkingDay() {
        assertEquals(LocalDate.of(2026, 12, 3), FrenchCalendar.workingDayFrom(LocalDate.of(2026, 12, 3)));
        assertEquals(LocalDate.of(2026, 5, 4), FrenchCalendar.workingDayFrom(LocalDate.of(2026, 5, 1)));
        assertEquals(LocalDate.of(2027, 3, 1), FrenchCalendar.workingDayFrom(LocalDate.of(2027, 2, 28)));
        assertEquals(LocalDate.of(2026, 12, 28), FrenchCalendar.workingDayFrom(LocalDate.of(2026, 12, 25)));
        // Easter Monday after the weekend
        assertEquals(LocalDate.of(2026, 4, 7), FrenchCalendar.workingDayFrom(LocalDate.of(2026, 4, 4)));
    }
}
