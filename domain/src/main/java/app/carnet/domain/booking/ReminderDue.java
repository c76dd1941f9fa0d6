package app.carnet.domain.booking;

import java.time.Instant;

/** An appointment whose reminder is due, as it was when found: its time and its last change. */
public record ReminderDue(long appointmentId, Instant startsAt, Instant changedAt) {
}
