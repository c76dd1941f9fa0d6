package app.carnet.domain.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeeklyHoursTest {

    @Test
    void parseDay_shouldReadTheWaysPeopleWriteHours() {
        var expected = List.of(new TimeRange(LocalTime.of(9, 0), LocalTime.of(12, 30)),
                new TimeRange(LocalTime.of(14, 0), LocalTime.of(18, 0)));
        for (String typed : List.of("9h-12h30, 14h-18h", "09:00 - 12:30 ; 14:00 - 18:00", "14h–18h et 9h – 12h30",
                "9H-12H30 / 14H-18H")) {
            assertEquals(expected, WeeklyHours.parseDay(typed).orElseThrow(), typed);
        }
        assertEquals(List.of(), WeeklyHours.parseDay("  ").orElseThrow(), "closed that day");
    }

    @Test
    void parseDay_shouldRefuseWhatItCannotRead() {
        for (String typed : List.of("9h", "12h-9h", "9h-12h, 11h-14h", "matin", "25h-26h", "9h-12h-14h")) {
            assertTrue(WeeklyHours.parseDay(typed).isEmpty(), typed);
        }
    }

    @Test
    void stored_shouldReadBackTheSameHours() {
        var hours = new WeeklyHours(Map.of(DayOfWeek.SATURDAY, List.of(new TimeRange(LocalTime.of(9, 30),
                LocalTime.of(12, 0))), DayOfWeek.MONDAY, WeeklyHours.usual().on(DayOfWeek.MONDAY)));
        assertEquals(hours, WeeklyHours.fromStored(hours.stored()));
        assertEquals("9 h 30 – 12 h", hours.written(DayOfWeek.SATURDAY));
        assertEquals("9 h – 12 h, 14 h – 18 h", hours.written(DayOfWeek.MONDAY));
        assertEquals("", hours.written(DayOfWeek.SUNDAY));
        for (DayOfWeek day : DayOfWeek.values()) {
            assertEquals(hours.on(day), WeeklyHours.parseDay(hours.written(day)).orElseThrow(),
                    "the settings form saved again as it shows the hours: " + hours.written(day));
        }
    }
}
