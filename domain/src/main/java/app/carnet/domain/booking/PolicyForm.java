package app.carnet.domain.booking;

import java.time.DayOfWeek;
import java.util.Map;

/** The rules of booking as the settings form gives them, as typed. */
public record PolicyForm(Map<DayOfWeek, String> days, boolean holidaysClosed, String bookNoticeHours,
        String cancelNoticeHours, String horizonDays, String stepMinutes, BookingMode mode, String reminderHours) {
}
