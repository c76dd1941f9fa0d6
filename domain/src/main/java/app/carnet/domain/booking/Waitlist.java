package app.carnet.domain.booking;

import app.carnet.domain.shared.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * When a slot frees up (a cancellation, a decline, a move away), the clients waiting for an earlier slot of a
 * service that now fits there are emailed, in the order they joined the waitlist, in the same transaction. They
 * all get the same link: the first to book takes it, the database refuses the others.
 */
@ApplicationScoped
class Waitlist {

    @Inject
    BookingRepository repository;
    @Inject
    AppointmentEvents events;
    @Inject
    Clock clock;

    /**
     * @param finder   the free slots as they are now (the time let go, and any new one held)
     * @param freed    the appointment whose time went free
     * @param start    where it started
     */
    void freed(SlotFinder finder, Appointment freed, Instant start) {
        if (!start.isAfter(clock.instant())) {
            return;
        }
        LocalDate day = start.atZone(Dates.PARIS).toLocalDate();
        Map<Long, Boolean> fits = new HashMap<>();
        for (WaitlistEntry entry : repository.waitingBefore(start)) {
            if (Long.valueOf(entry.getClientId()).equals(freed.getClientId())) {
                continue; // who let it go knows
            }
            boolean free = fits.computeIfAbsent(entry.getOfferingId(), id -> repository.findOffering(id)
                    .filter(Offering::isBookableOnline)
                    .map(o -> finder.freeOn(day, o.length(), o.buffer()).contains(start)).orElse(false));
            if (free) {
                events.slotFreed(entry, start);
            }
        }
    }
}
