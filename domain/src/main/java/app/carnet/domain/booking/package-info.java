/**
 * The agenda and online booking: offerings, opening hours and closures, appointments and their life
 * (requested, confirmed, moved, cancelled, done), the waitlist, reminders and iCalendar files. Publishes
 * {@code AppointmentAttended} when an appointment is done, for billing.
 */
package app.carnet.domain.booking;
