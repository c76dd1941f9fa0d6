package app.carnet.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void date_shouldBeWrittenTheFrenchWay() {
        assertEquals("1er mars 1985", Dates.date(LocalDate.of(1985, 3, 1), Locale.FRENCH));
        assertEquals("14 mars 1985", Dates.date(LocalDate.of(1985, 3, 14), Locale.FRENCH));
        assertEquals("1 March 1985", Dates.date(LocalDate.of(1985, 3, 1), Locale.ENGLISH));
    }

    @Test
    void dateTime_shouldBeParisTimeAcrossDaylightSaving() {
        assertEquals("3 décembre 2026 à 14 h 28", Dates.dateTime(Instant.parse("2026-12-03T13:28:00Z"), Locale.FRENCH));
        assertEquals("1er juillet 2026 à 9 h 05", Dates.dateTime(Instant.parse("2026-07-01T07:05:00Z"), Locale.FRENCH));
        assertEquals("3 December 2026 at 14:28", Dates.dateTime(Instant.parse("2026-12-03T13:28:00Z"), Locale.ENGLISH));
    }
}
