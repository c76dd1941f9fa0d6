package app.carnet.domain.booking;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The reminders of appointments, the configured number of hours before. Each is claimed by one conditional update
 * in the transaction that writes its email to the outbox: sent once, even across a restart or on two servers,
 * and never for an appointment no longer confirmed. An appointment booked or moved within that delay gets no
 * reminder (its confirmation has just gone).
 */
@Stateless
@PermitAll
public class Reminders {

    @Inject
    BookingRepository repository;
    @Inject
    AppointmentEvents events;
    @Inject
    Clock clock;

    /** The appointments whose reminder is due now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<ReminderDue> due() {
        Duration before = repository.policy().reminder();
        if (before.isZero()) {
            return List.of();
        }
        var now = clock.instant();
        return repository.toRemind(now, now.plus(before)).stream().filter(a -> a.remindable(before))
                .map(a -> new ReminderDue(a.getId(), a.getStartsAt(), a.getChangedAt())).toList();
    }

    /** Sends one reminder, unless another server or run did, or the appointment changed meanwhile. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void remind(ReminderDue due) {
        if (repository.claimReminder(due, clock.instant())) {
            repository.findAppointment(due.appointmentId()).ifPresent(events::reminder);
        }
    }
}
