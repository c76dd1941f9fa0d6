package app.carnet.domain.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A client waiting for a slot of a service earlier than {@code wantedBefore}; for an appointment, to move it. */
@Entity
@Table(name = "waitlist_entry")
@NamedQuery(name = "WaitlistEntry.findWaiting", query = "SELECT w FROM WaitlistEntry w WHERE w.wantedBefore > :start "
        + "ORDER BY w.createdAt, w.id")
@NamedQuery(name = "WaitlistEntry.deleteForAppointment", query = "DELETE FROM WaitlistEntry w "
        + "WHERE w.appointmentId = :appointment")
@NamedQuery(name = "WaitlistEntry.findByClient", query = "SELECT w FROM WaitlistEntry w WHERE w.clientId = :client "
        + "ORDER BY w.createdAt")
class WaitlistEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "offering_id", nullable = false, updatable = false)
    private long offeringId;

    @Column(name = "appointment_id", updatable = false)
    private Long appointmentId;

    @Column(name = "wanted_before", nullable = false, updatable = false)
    private Instant wantedBefore;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected WaitlistEntry() {
    }

    WaitlistEntry(long clientId, long offeringId, Long appointmentId, Instant wantedBefore, Instant now) {
        this.clientId = clientId;
        this.offeringId = offeringId;
        this.appointmentId = appointmentId;
        this.wantedBefore = wantedBefore;
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }

    long getClientId() {
        return clientId;
    }

    long getOfferingId() {
        return offeringId;
    }

    Long getAppointmentId() {
        return appointmentId;
    }

    Instant getWantedBefore() {
        return wantedBefore;
    }

    WaitlistView view(String offeringName) {
        return new WaitlistView(id, offeringName, appointmentId, wantedBefore, createdAt);
    }
}
