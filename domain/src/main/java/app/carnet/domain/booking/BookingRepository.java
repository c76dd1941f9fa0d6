package app.carnet.domain.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class BookingRepository {

    /** The unit of time {@code slot_hold} holds: appointments that overlap share at least one. */
    static final Duration UNIT = Duration.ofMinutes(5);
    private static final List<AppointmentStatus> HOLDING = Arrays.stream(AppointmentStatus.values())
            .filter(AppointmentStatus::holdsTime).toList();

    @PersistenceContext
    EntityManager em;

    List<Offering> offerings() {
        return em.createNamedQuery("Offering.findAll", Offering.class).getResultList();
    }

    Optional<Offering> findOffering(long id) {
        return Optional.ofNullable(em.find(Offering.class, id));
    }

    /** The practice's rules of booking, written with the usual ones the first time they are asked for. */
    BookingPolicy policy() {
        var policy = em.find(BookingPolicy.class, BookingPolicy.ONLY);
        if (policy == null) {
            policy = BookingPolicy.usual();
            em.persist(policy);
        }
        return policy;
    }

    List<Closure> closuresFrom(LocalDate day) {
        return em.createNamedQuery("Closure.findFrom", Closure.class).setParameter("day", day).getResultList();
    }

    Optional<Closure> findClosure(long id) {
        return Optional.ofNullable(em.find(Closure.class, id));
    }

    Optional<Appointment> findAppointment(long id) {
        return Optional.ofNullable(em.find(Appointment.class, id));
    }

    /** The appointments and blocked time that hold some of this span. */
    List<Appointment> holding(long practitionerId, Instant from, Instant until) {
        return em.createNamedQuery("Appointment.findHolding", Appointment.class)
                .setParameter("practitioner", practitionerId).setParameter("from", from).setParameter("until", until)
                .setParameter("statuses", HOLDING).getResultList();
    }

    /** Every appointment of a practitioner, whatever its status, that meets this span: the agenda. */
    List<Appointment> between(long practitionerId, Instant from, Instant until) {
        return em.createNamedQuery("Appointment.findBetween", Appointment.class)
                .setParameter("practitioner", practitionerId).setParameter("from", from).setParameter("until", until)
                .getResultList();
    }

    /** The requests still to answer, the soonest first. */
    List<Appointment> requested(long practitionerId, Instant now) {
        return em.createNamedQuery("Appointment.findRequested", Appointment.class)
                .setParameter("practitioner", practitionerId).setParameter("now", now).getResultList();
    }

    /** Confirmed appointments starting within this span whose reminder has not gone. */
    List<Appointment> toRemind(Instant now, Instant until) {
        return em.createNamedQuery("Appointment.findToRemind", Appointment.class).setParameter("now", now)
                .setParameter("until", until).getResultList();
    }

    /**
     * Marks the reminder of an appointment as sent, if nobody did and it is still confirmed, at the time and as last
     * changed when it was found due: one statement, so that of two servers (or two runs) only one gets {@code true},
     * and an appointment moved meanwhile is looked at again.
     */
    boolean claimReminder(ReminderDue due, Instant now) {
        return em.createNamedQuery("Appointment.claimReminder").setParameter("id", due.appointmentId())
                .setParameter("startsAt", due.startsAt()).setParameter("changedAt", due.changedAt())
                .setParameter("now", now).executeUpdate() == 1;
    }

    /** Who waits for a slot earlier than this one, in the order they joined. */
    List<WaitlistEntry> waitingBefore(Instant start) {
        return em.createNamedQuery("WaitlistEntry.findWaiting", WaitlistEntry.class).setParameter("start", start)
                .getResultList();
    }

    List<WaitlistEntry> waitlistOf(long clientId) {
        return em.createNamedQuery("WaitlistEntry.findByClient", WaitlistEntry.class).setParameter("client", clientId)
                .getResultList();
    }

    /** Ends the waits for an earlier slot for this appointment. */
    void dropWaitlistOf(Appointment appointment) {
        em.createNamedQuery("WaitlistEntry.deleteForAppointment").setParameter("appointment", appointment.getId())
                .executeUpdate();
    }

    Optional<WaitlistEntry> findWaitlistEntry(long id) {
        return Optional.ofNullable(em.find(WaitlistEntry.class, id));
    }

    List<Appointment> ofClient(long clientId) {
        return em.createNamedQuery("Appointment.findByClient", Appointment.class).setParameter("client", clientId)
                .getResultList();
    }

    void save(Object record) {
        em.persist(record);
    }

    void flush() {
        em.flush();
    }

    void delete(Object record) {
        em.remove(record);
        em.flush();
    }

    /**
     * Holds the appointment's time (with its buffer) for its practitioner, in one statement.
     *
     * @return false when some of it is held already: another appointment took it, perhaps a moment ago; the
     *         caller's transaction must then roll back
     */
    boolean hold(Appointment appointment) {
        em.flush(); // the appointment's id
        var units = units(appointment.held());
        // IGNORE: a unit held already is skipped (waiting, under concurrency, for the other transaction to end)
        // rather than failing the statement; fewer rows written than units means some of the time is taken.
        var sql = new StringBuilder(
                "INSERT IGNORE INTO slot_hold (practitioner_id, unit_start, appointment_id) VALUES ");
        for (int i = 0; i < units.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?)");
        }
        var insert = em.createNativeQuery(sql.toString());
        int p = 1;
        for (Instant unit : units) {
            insert.setParameter(p++, appointment.getPractitionerId());
            insert.setParameter(p++, LocalDateTime.ofInstant(unit, ZoneOffset.UTC));
            insert.setParameter(p++, appointment.getId());
        }
        try {
            return insert.executeUpdate() == units.size();
        } catch (PersistenceException e) {
            if (isDeadlock(e)) { // two takers waiting for each other: the database let the other go on
                return false;
            }
            throw e;
        }
    }

    private static boolean isDeadlock(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && ("40001".equals(sql.getSQLState())
                    || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }

    /** Lets the appointment's time go (cancelled, declined, or about to be held elsewhere). */
    void release(Appointment appointment) {
        em.createNativeQuery("DELETE FROM slot_hold WHERE appointment_id = ?").setParameter(1, appointment.getId())
                .executeUpdate();
    }

    /** The five-minute units that cover a span, its odd minutes included. */
    static List<Instant> units(Interval span) {
        var units = new ArrayList<Instant>();
        Instant unit = span.start().truncatedTo(ChronoUnit.MINUTES);
        unit = unit.minus(Duration.ofMinutes(unit.atZone(ZoneOffset.UTC).getMinute() % UNIT.toMinutes()));
        for (; unit.isBefore(span.end()); unit = unit.plus(UNIT)) {
            units.add(unit);
        }
        return units;
    }
}
