package app.carnet.domain.booking;

import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Dates;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.domain.shared.Principals;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Online booking (purpose P02): anyone may see the services and their free slots; a logged-in client books,
 * moves and cancels their own appointments, the client taken from the login. Another client's appointment
 * answers "not found".
 */
@Stateless
@RolesAllowed("CLIENT")
public class PortalBooking {

    @Inject
    Bookings bookings;
    @Inject
    BookingRepository repository;
    @Inject
    AppointmentEvents events;
    @Inject
    SecurityContext security;

    /** The services clients may book online. */
    @PermitAll
    public List<OfferingView> offerings() {
        return bookings.offerings().stream().filter(Offering::isBookableOnline).map(o -> o.view().publicView())
                .toList();
    }

    /** The free slots of a service in the week of {@code day} (a day out of the bookable weeks: the nearest). */
    @PermitAll
    public WeekSlots week(long offeringId, LocalDate day) {
        return week(bookable(offeringId), day, null);
    }

    /** The same for moving one of the client's appointments: its own time counts as free. */
    public WeekSlots weekToMove(long appointmentId, LocalDate day) {
        Appointment appointment = mine(appointmentId);
        return week(bookings.offering(appointment.getOfferingId()), day, appointment);
    }

    private WeekSlots week(Offering offering, LocalDate day, Appointment moving) {
        long practitioner = bookings.practitioner();
        LocalDate today = bookings.now().atZone(Dates.PARIS).toLocalDate();
        LocalDate last = bookings.lastDay();
        LocalDate within = day.isBefore(today) ? today : day.isAfter(last) ? last : day;
        LocalDate monday = within.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var finder = bookings.finder(practitioner, monday, monday.plusDays(6), moving);
        var days = new ArrayList<DaySlots>();
        for (LocalDate d = monday; d.isBefore(monday.plusDays(7)); d = d.plusDays(1)) {
            days.add(new DaySlots(d, finder.freeOn(d, offering.length(), offering.buffer()).stream()
                    .map(i -> i.atZone(Dates.PARIS).toLocalTime()).toList()));
        }
        LocalDate nextFree = days.stream().filter(d -> !d.times().isEmpty()).findFirst().map(DaySlots::day)
                .orElseGet(() -> firstFree(practitioner, offering, monday.plusDays(7), last, moving)
                        .map(i -> i.atZone(Dates.PARIS).toLocalDate()).orElse(null));
        return new WeekSlots(monday, days, monday.isAfter(finder.firstDay()), monday.plusDays(6).isBefore(last),
                nextFree);
    }

    /**
     * Books a slot for the logged-in client: confirmed at once, or a request, as the practice chose.
     *
     * @throws BusinessException the slot is in the past, within the notice, too far ahead, outside the opening
     *                           hours, or taken (perhaps a moment ago): nothing is booked
     */
    public AppointmentView book(long offeringId, LocalDateTime start) {
        Offering offering = bookable(offeringId);
        long practitioner = bookings.practitioner();
        bookings.checkBookable(practitioner, offering, start, null);
        var status = bookings.mode() == BookingMode.INSTANT ? AppointmentStatus.CONFIRMED : AppointmentStatus.REQUESTED;
        var appointment = Appointment.booked(practitioner, me(), offering, Bookings.instant(start), status, true,
                bookings.now());
        bookings.place(appointment);
        events.booked(appointment);
        repository.waitlistOf(me()).stream()
                .filter(w -> w.getOfferingId() == offeringId && w.getAppointmentId() == null)
                .forEach(repository::delete);
        return view(appointment);
    }

    /**
     * Puts the client on the waitlist of a service: told when a slot earlier than {@code appointmentId}'s (to move
     * it there) or, without one, than the first free slot today frees up.
     *
     * @throws BusinessException {@code waitlist.already} when the client waits already for the same
     */
    public void joinWaitlist(long offeringId, Long appointmentId) {
        Offering offering = bookable(offeringId);
        Instant before;
        if (appointmentId != null) {
            Appointment appointment = changeable(appointmentId);
            if (!Long.valueOf(offeringId).equals(appointment.getOfferingId())) {
                throw new NotFoundException();
            }
            before = appointment.getStartsAt();
        } else {
            before = firstFree(bookings.practitioner(), offering, bookings.now().atZone(Dates.PARIS).toLocalDate(),
                    bookings.lastDay(), null).orElseGet(() -> bookings.now().plus(Duration.ofDays(366)));
        }
        boolean already = repository.waitlistOf(me()).stream().anyMatch(w -> w.getOfferingId() == offeringId
                && Objects.equals(w.getAppointmentId(), appointmentId));
        if (already) {
            throw new BusinessException("waitlist.already");
        }
        repository.save(new WaitlistEntry(me(), offeringId, appointmentId, before, bookings.now()));
    }

    /** The client's places on the waitlist. */
    public List<WaitlistView> waitlist() {
        return repository.waitlistOf(me()).stream().map(w -> w.view(bookings.offering(w.getOfferingId()).getName()))
                .toList();
    }

    public void leaveWaitlist(long entryId) {
        repository.delete(repository.findWaitlistEntry(entryId).filter(w -> w.getClientId() == me())
                .orElseThrow(NotFoundException::new));
    }

    /** The client's appointments, the latest first. */
    public List<AppointmentView> mine() {
        return repository.ofClient(me()).stream().map(this::view).toList();
    }

    /** @throws NotFoundException for an appointment that is not the client's */
    public AppointmentView get(long appointmentId) {
        return view(mine(appointmentId));
    }

    /**
     * Moves the client's appointment to another free slot of the same service, up to the cancellation notice.
     *
     * @throws BusinessException {@code booking.cancelNotice} after the notice; or why the new slot is refused
     */
    public AppointmentView move(long appointmentId, LocalDateTime start) {
        Appointment appointment = changeable(appointmentId);
        Offering offering = bookings.offering(appointment.getOfferingId());
        bookings.checkBookable(appointment.getPractitionerId(), offering, start, appointment);
        bookings.move(appointment, Bookings.instant(start));
        events.moved(appointment);
        return view(appointment);
    }

    /** Cancels the client's appointment, up to the cancellation notice. */
    public void cancel(long appointmentId) {
        Appointment appointment = changeable(appointmentId);
        bookings.change(appointment, AppointmentStatus.CANCELLED);
        events.cancelled(appointment);
    }

    private Appointment changeable(long appointmentId) {
        Appointment appointment = mine(appointmentId);
        if (!stillOpen(appointment)) {
            throw new BusinessException("booking.notChangeable");
        }
        if (!bookings.beforeCancelNotice(appointment)) {
            throw new BusinessException("booking.cancelNotice");
        }
        return appointment;
    }

    private Appointment mine(long appointmentId) {
        return repository.findAppointment(appointmentId).filter(a -> Long.valueOf(me()).equals(a.getClientId()))
                .orElseThrow(NotFoundException::new);
    }

    private Offering bookable(long offeringId) {
        Offering offering = bookings.offering(offeringId);
        if (!offering.isBookableOnline()) {
            throw new NotFoundException();
        }
        return offering;
    }

    /** The first free slot of a service from one day to another, if any. */
    private Optional<Instant> firstFree(long practitioner, Offering offering, LocalDate from, LocalDate last,
            Appointment moving) {
        if (from.isAfter(last)) {
            return Optional.empty();
        }
        var finder = bookings.finder(practitioner, from, last, moving);
        for (LocalDate d = from; !d.isAfter(last); d = d.plusDays(1)) {
            var free = finder.freeOn(d, offering.length(), offering.buffer());
            if (!free.isEmpty()) {
                return Optional.of(free.get(0));
            }
        }
        return Optional.empty();
    }

    private AppointmentView view(Appointment a) {
        return bookings.view(a, null, stillOpen(a) && bookings.beforeCancelNotice(a));
    }

    /** Requested or confirmed, and still to come. */
    private boolean stillOpen(Appointment a) {
        return a.getStatus().isOpen() && a.getStartsAt().isAfter(bookings.now());
    }

    private long me() {
        return Principals.clientId(security.getCallerPrincipal().getName());
    }
}
