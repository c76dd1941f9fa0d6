package app.carnet.domain.booking;

import app.carnet.domain.shared.FrenchCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What makes a time bookable online: the opening hours, the closures, public holidays if the practice closes on
 * them, the notice a booking needs, how far ahead clients may book, and the grid slots start on.
 */
record BookingRules(WeeklyHours hours, List<ClosedDays> closures, boolean closedOnPublicHolidays, Duration notice,
        int horizonDays, int stepMinutes) {

    boolean isOpenOn(LocalDate day) {
        return !hours.on(day.getDayOfWeek()).isEmpty() && closures.stream().noneMatch(c -> c.contains(day))
                && !(closedOnPublicHolidays && FrenchCalendar.isPublicHoliday(day));
    }
}
