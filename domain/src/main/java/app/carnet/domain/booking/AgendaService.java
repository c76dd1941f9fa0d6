package app.carnet.domain.booking;

import app.carnet.domain.client.ClientService;
import app.carnet.domain.client.ClientSummary;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.FileAccessed;
import app.carnet.domain.shared.FileAction;
import app.carnet.domain.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The practitioner's agenda (purpose P02): appointments booked for a client from the back office, blocked time,
 * requests to accept or decline, and what became of each appointment. The practitioner may book outside the
 * opening hours and without notice, never over another appointment. Each change about a client is journaled
 * and told to the client by email.
 */
@Stateless
@RolesAllowed("OWNER")
public class AgendaService {

    @Inject
    Bookings bookings;
    @Inject
    BookingRepository repository;
    @Inject
    AppointmentEvents events;
    @Inject
    ClientService clients;
    @Inject
    Event<FileAccessed> accessed;
    @Inject
    Event<AppointmentAttended> attended;

    /** Everything in the agenda that meets this span, with the clients' names. */
    public List<AppointmentView> between(Instant from, Instant until) {
        return withNames(repository.between(bookings.practitioner(), from, until));
    }

    private List<AppointmentView> withNames(List<Appointment> appointments) {
        Map<Long, ClientSummary> names = clients.summaries(appointments.stream().map(Appointment::getClientId)
                .filter(java.util.Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(ClientSummary::id, Function.identity()));
        return appointments.stream()
                .map(a -> bookings.view(a, name(names.get(a.getClientId())), a.getStatus().isOpen()))
                .toList();
    }

    private static String name(ClientSummary client) {
        return client == null ? null : client.firstName() + " " + client.lastName();
    }

    /** The requests from the portal still to accept or decline, the soonest first. */
    public List<AppointmentView> requests() {
        return withNames(repository.requested(bookings.practitioner(), bookings.now()));
    }

    /** The services, to book one for a client. */
    public List<OfferingView> offerings() {
        return bookings.offerings().stream().map(Offering::view).filter(OfferingView::active).toList();
    }

    /**
     * Books a service for a client at a Paris time: confirmed, and the client told.
     *
     * @throws BusinessException a time in the past or that does not exist, or taken
     */
    public long book(long clientId, long offeringId, LocalDateTime start) {
        clients.checkAccess(clientId);
        Offering offering = bookings.offering(offeringId);
        Instant at = future(start);
        var appointment = Appointment.booked(bookings.practitioner(), clientId, offering, at,
                AppointmentStatus.CONFIRMED, false, bookings.now());
        occupiedIfTaken(() -> bookings.place(appointment));
        events.booked(appointment);
        accessed.fire(new FileAccessed(clientId, FileAction.APPOINTMENT_BOOKED));
        return appointment.getId();
    }

    /** Blocks time (no booking there). @throws BusinessException the end not after the start, or taken */
    public long block(LocalDateTime start, LocalDateTime end) {
        Instant from = future(start);
        Instant until = Bookings.instant(end);
        if (!until.isAfter(from)) {
            throw new BusinessException("booking.block.order", "blockEnd");
        }
        var block = Appointment.blocked(bookings.practitioner(), from, until, bookings.now());
        occupiedIfTaken(() -> bookings.place(block));
        return block.getId();
    }

    /** Moves an appointment or a block (drag and drop) to a Paris time, keeping its length. */
    public void move(long id, LocalDateTime start) {
        Appointment appointment = open(id);
        occupiedIfTaken(() -> bookings.move(appointment, future(start)));
        events.moved(appointment);
        journal(appointment);
    }

    public void accept(long id) {
        Appointment appointment = open(id);
        if (appointment.getStatus() != AppointmentStatus.REQUESTED) {
            throw new BusinessException("booking.notARequest");
        }
        bookings.change(appointment, AppointmentStatus.CONFIRMED);
        events.accepted(appointment);
        journal(appointment);
    }

    public void decline(long id) {
        Appointment appointment = open(id);
        if (appointment.getStatus() != AppointmentStatus.REQUESTED) {
            throw new BusinessException("booking.notARequest");
        }
        bookings.change(appointment, AppointmentStatus.DECLINED);
        events.declined(appointment);
        journal(appointment);
    }

    /** Cancels an appointment by the practice (the client is told), or frees blocked time. */
    public void cancel(long id) {
        Appointment appointment = open(id);
        bookings.change(appointment, AppointmentStatus.CANCELLED);
        events.cancelled(appointment);
        journal(appointment);
    }

    /**
     * The client's file ends: they died (Loi Informatique et Libertés art. 85; law.md C-R7) or their data is being
     * erased (GDPR art. 17). Their appointments still to come are cancelled and their waitlist entries dropped,
     * without an email to them; the freed time goes to others as usual. Journaled once.
     *
     * @return how many appointments were cancelled
     */
    public int cancelUpcomingAsTheFileEnds(long clientId) {
        clients.checkAccess(clientId);
        var now = bookings.now();
        int cancelled = 0;
        for (Appointment appointment : repository.ofClient(clientId)) {
            if (appointment.getStatus().isOpen() && appointment.getStartsAt().isAfter(now)) {
                bookings.change(appointment, AppointmentStatus.CANCELLED);
                cancelled++;
            }
        }
        repository.waitlistOf(clientId).forEach(repository::delete);
        accessed.fire(new FileAccessed(clientId, FileAction.APPOINTMENT_CHANGED));
        return cancelled;
    }

    /**
     * What became of an appointment: done, missed, or cancelled late by the client (its time then goes free).
     *
     * @throws BusinessException for a status that is not one of those, or an appointment still to come marked
     *                           done or missed
     */
    public void mark(long id, AppointmentStatus outcome) {
        Appointment appointment = open(id);
        boolean started = !appointment.getStartsAt().isAfter(bookings.now());
        switch (outcome) {
            case DONE, MISSED -> {
                if (!started) {
                    throw new BusinessException("booking.notYet");
                }
            }
            case CANCELLED_LATE -> {
            }
            default -> throw new BusinessException("booking.notAnOutcome");
        }
        bookings.change(appointment, outcome);
        journal(appointment);
        if (outcome == AppointmentStatus.DONE && appointment.getClientId() != null) {
            attended.fire(new AppointmentAttended(appointment.getId(), appointment.getClientId(),
                    appointment.getOfferingId(), appointment.getStartsAt()));
        }
    }

    /** For the practitioner, a time "taken" is one already occupied, by an appointment or blocked time. */
    private static void occupiedIfTaken(Runnable placing) {
        try {
            placing.run();
        } catch (SlotTakenException e) {
            throw e.replacing("slot", "booking.occupied");
        }
    }

    private Appointment open(long id) {
        Appointment appointment = repository.findAppointment(id).orElseThrow(NotFoundException::new);
        if (appointment.getClientId() != null) {
            clients.checkAccess(appointment.getClientId());
        }
        if (!appointment.getStatus().isOpen() && appointment.getStatus() != AppointmentStatus.BLOCKED) {
            throw new BusinessException("booking.notChangeable");
        }
        return appointment;
    }

    private Instant future(LocalDateTime start) {
        Instant at = Bookings.instant(start);
        if (!at.isAfter(bookings.now())) {
            throw new BusinessException("booking.past", "slot");
        }
        return at;
    }

    private void journal(Appointment appointment) {
        if (appointment.getClientId() != null) {
            accessed.fire(new FileAccessed(appointment.getClientId(), FileAction.APPOINTMENT_CHANGED));
        }
    }
}
