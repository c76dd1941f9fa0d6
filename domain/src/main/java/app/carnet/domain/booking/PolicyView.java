package app.carnet.domain.booking;

import java.io.Serializable;

/** The rules of booking as the settings page shows them. */
public record PolicyView(WeeklyHours hours, boolean holidaysClosed, int bookNoticeHours, int cancelNoticeHours,
        int horizonDays, int stepMinutes, BookingMode mode, int reminderHours) implements Serializable {
}
