package app.carnet.domain.booking;

import java.time.Instant;

/**
 * Fired when the practitioner marks an appointment of a client done: the service was given and is ready to invoice.
 * Ids and the minimum only; observers that act on it (billing) observe it {@code during = AFTER_SUCCESS}, so that an
 * outcome rolled back leaves nothing behind.
 */
public record AppointmentAttended(long appointmentId, long clientId, long offeringId, Instant start) {
}
