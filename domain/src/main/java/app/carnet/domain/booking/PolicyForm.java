package app.carnet.domain.booking;

import java.time.DayOfWeek;
import java.util.Map;

/** The rules of booking as the settings form gives them: the hours as typed, the numbers read ({@code null} if empty). */
public record PolicyForm(Map<DayOfWeek, String> days, boolean holidaysClosed, Integer bookNoticeHours,
        Integer cancelNoticeHours, Integer horizonDays, Integer stepMinutes, BookingMode mode, Integer reminderHours) {
}
