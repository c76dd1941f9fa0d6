package app.carnet.domain.booking;

import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Dates;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.domain.staff.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the portal and the agenda share: the rules in force, the free slots they allow, and placing an appointment
 * on the practitioner's time, which the database refuses when any of it is held already.
 */
@ApplicationScoped
public class Bookings {

    @Inject
    BookingRepository repository;
    @Inject
    StaffDirectory staff;
    @Inject
    Waitlist waitlist;
    @Inject
    Clock clock;

    /** The practitioner clients book with online: the owner of the practice. */
    long practitioner() {
        return staff.owner().orElseThrow(NotFoundException::new).id();
    }

    Offering offering(long id) {
        return repository.findOffering(id).orElseThrow(NotFoundException::new);
    }

    /** The slot finder for these days, what is held on them already (except {@code ignoring}, being moved). */
    SlotFinder finder(long practitionerId, LocalDate from, LocalDate to, Appointment ignoring) {
        Instant start = from.minusDays(1).atStartOfDay(Dates.PARIS).toInstant();
        Instant end = to.plusDays(2).atStartOfDay(Dates.PARIS).toInstant();
        var busy = repository.holding(practitionerId, start, end).stream()
                .filter(a -> ignoring == null || !a.getId().equals(ignoring.getId()))
                .map(Appointment::held).toList();
        var closures = repository.closuresFrom(from.minusDays(1)).stream().map(Closure::days).toList();
        return new SlotFinder(repository.policy().rules(closures), busy, clock.instant());
    }

    /** @throws BusinessException why a client cannot book this Paris time for this service */
    void checkBookable(long practitionerId, Offering offering, LocalDateTime wanted, Appointment moving) {
        LocalDate day = wanted.toLocalDate();
        Optional<String> refusal = finder(practitionerId, day, day, moving).refusal(wanted, offering.length(),
                offering.buffer());
        if (refusal.isPresent()) {
            throw new BusinessException(refusal.get(), "slot");
        }
    }

    /** A Paris time as an instant. @throws BusinessException for a time the spring change skips */
    static Instant instant(LocalDateTime local) {
        return SlotFinder.instant(local).orElseThrow(() -> new BusinessException("booking.noSuchTime", "slot"));
    }

    /**
     * Writes a new appointment and holds its time.
     *
     * @throws SlotTakenException when another appointment holds some of it (the transaction rolls back: nothing is
     *                           written)
     */
    void place(Appointment appointment) {
        repository.save(appointment);
        holdOrRefuse(appointment);
    }

    /**
     * Moves an appointment: its old time is let go and the new one held, or nothing changes. A wait for an earlier
     * slot for it ends (as when it no longer holds its time).
     */
    void move(Appointment appointment, Instant start) {
        Instant before = appointment.getStartsAt();
        repository.release(appointment);
        repository.dropWaitlistOf(appointment);
        appointment.moveTo(start, clock.instant());
        holdOrRefuse(appointment);
        tellWaitlist(appointment, before);
    }

    /** A new status; an appointment that no longer holds its time lets it go. */
    void change(Appointment appointment, AppointmentStatus status) {
        appointment.changed(status, clock.instant());
        if (!status.holdsTime()) {
            repository.release(appointment);
            repository.dropWaitlistOf(appointment);
            tellWaitlist(appointment, appointment.getStartsAt());
        }
    }

    /** The clients waiting for an earlier slot hear of this one, as the agenda stands now. */
    private void tellWaitlist(Appointment freed, Instant start) {
        repository.flush();
        LocalDate day = start.atZone(Dates.PARIS).toLocalDate();
        waitlist.freed(finder(freed.getPractitionerId(), day, day, null), freed, start);
    }

    private void holdOrRefuse(Appointment appointment) {
        if (!repository.hold(appointment)) {
            throw new SlotTakenException();
        }
    }

    /** Whether the client may still cancel or move it without it counting as late. */
    boolean beforeCancelNotice(Appointment appointment) {
        return !clock.instant().plus(repository.policy().cancelNotice()).isAfter(appointment.getStartsAt());
    }

    /** The last day clients may book, today in Paris and the horizon (nothing read but the rules). */
    LocalDate lastDay() {
        return Dates.today(clock).plusDays(repository.policy().horizonDays());
    }

    /** An appointment as pages show it, with its service; {@code clientName} for staff only. */
    AppointmentView view(Appointment a, String clientName, boolean changeable) {
        OfferingView offering = a.getOfferingId() == null ? null : offering(a.getOfferingId()).view();
        return new AppointmentView(a.getId(), a.getClientId(), clientName, a.getOfferingId(),
                offering == null ? null : offering.name(), a.getStartsAt(), a.getEndsAt(), a.getStatus(),
                offering == null ? null : offering.location(), offering == null ? null : offering.locationDetail(),
                changeable);
    }

    BookingMode mode() {
        return repository.policy().mode();
    }

    Instant now() {
        return clock.instant();
    }

    List<Offering> offerings() {
        return repository.offerings();
    }
}
