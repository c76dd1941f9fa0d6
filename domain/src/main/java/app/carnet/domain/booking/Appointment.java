package app.carnet.domain.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An appointment of a client with a practitioner, or time the practitioner blocked. Its time and buffer are held
 * in {@code slot_hold} while its status {@linkplain AppointmentStatus#holdsTime() holds time}, which is what keeps
 * two appointments of one practitioner from overlapping.
 */
@Entity
@Table(name = "appointment")
@NamedQuery(name = "Appointment.findHolding",
        query = "SELECT a FROM Appointment a WHERE a.practitionerId = :practitioner "
                + "AND a.startsAt < :until AND a.heldUntil > :from AND a.status IN :statuses ORDER BY a.startsAt")
@NamedQuery(name = "Appointment.findBetween",
        query = "SELECT a FROM Appointment a WHERE a.practitionerId = :practitioner "
                + "AND a.startsAt < :until AND a.endsAt > :from ORDER BY a.startsAt")
@NamedQuery(name = "Appointment.findRequested",
        query = "SELECT a FROM Appointment a WHERE a.practitionerId = :practitioner "
                + "AND a.status = app.carnet.domain.booking.AppointmentStatus.REQUESTED AND a.startsAt > :now ORDER BY a.startsAt")
@NamedQuery(name = "Appointment.findToRemind", query = "SELECT a FROM Appointment a WHERE "
        + "a.status = app.carnet.domain.booking.AppointmentStatus.CONFIRMED AND a.reminderSentAt IS NULL "
        + "AND a.clientId IS NOT NULL AND a.startsAt > :now AND a.startsAt <= :until ORDER BY a.startsAt")
@NamedQuery(name = "Appointment.claimReminder", query = "UPDATE Appointment a SET a.reminderSentAt = :now "
        + "WHERE a.id = :id AND a.reminderSentAt IS NULL AND a.startsAt = :startsAt AND a.changedAt = :changedAt "
        + "AND a.status = app.carnet.domain.booking.AppointmentStatus.CONFIRMED")
@NamedQuery(name = "Appointment.findByClient", query = "SELECT a FROM Appointment a WHERE a.clientId = :client "
        + "ORDER BY a.startsAt DESC")
class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 80)
    private String uid;

    @Column(name = "practitioner_id", nullable = false, updatable = false)
    private long practitionerId;

    @Column(name = "client_id", updatable = false)
    private Long clientId;

    @Column(name = "offering_id", updatable = false)
    private Long offeringId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "held_until", nullable = false)
    private Instant heldUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AppointmentStatus status;

    @Column(nullable = false)
    private int sequence;

    @Column(name = "booked_by_client", nullable = false, updatable = false)
    private boolean bookedByClient;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected Appointment() {
    }

    private Appointment(long practitionerId, Long clientId, Long offeringId, Instant start, Duration length,
            Duration buffer, AppointmentStatus status, boolean bookedByClient, Instant now) {
        this.uid = UUID.randomUUID() + "@carnet";
        this.practitionerId = practitionerId;
        this.clientId = clientId;
        this.offeringId = offeringId;
        this.status = status;
        this.bookedByClient = bookedByClient;
        this.createdAt = now;
        this.changedAt = now;
        place(start, length, buffer);
    }

    static Appointment booked(long practitionerId, long clientId, Offering offering, Instant start,
            AppointmentStatus status, boolean byClient, Instant now) {
        return new Appointment(practitionerId, clientId, offering.getId(), start, offering.length(), offering.buffer(),
                status, byClient, now);
    }

    static Appointment blocked(long practitionerId, Instant start, Instant end, Instant now) {
        return new Appointment(practitionerId, null, null, start, Duration.between(start, end), Duration.ZERO,
                AppointmentStatus.BLOCKED, false, now);
    }

    /** Moves it, keeping its length and buffer; the client's calendar gets the new time (next sequence). */
    void moveTo(Instant start, Instant now) {
        place(start, Duration.between(startsAt, endsAt), Duration.between(endsAt, heldUntil));
        changed(status, now);
        reminderSentAt = null; // a new time, a new reminder
    }

    /** Whether it was booked (or last changed) early enough to be reminded this long before it starts. */
    boolean remindable(Duration before) {
        return !changedAt.plus(before).isAfter(startsAt);
    }

    void changed(AppointmentStatus newStatus, Instant now) {
        this.status = newStatus;
        this.changedAt = now;
        this.sequence++;
    }

    private void place(Instant start, Duration length, Duration buffer) {
        this.startsAt = start;
        this.endsAt = start.plus(length);
        this.heldUntil = endsAt.plus(buffer);
    }

    Interval held() {
        return new Interval(startsAt, heldUntil);
    }

    Long getId() {
        return id;
    }

    String getUid() {
        return uid;
    }

    long getPractitionerId() {
        return practitionerId;
    }

    Long getClientId() {
        return clientId;
    }

    Long getOfferingId() {
        return offeringId;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }

    AppointmentStatus getStatus() {
        return status;
    }

    int getSequence() {
        return sequence;
    }
}
