package app.carnet.domain.consultation;

import app.carnet.domain.privacy.DataCategory;
import app.carnet.domain.security.Encrypted;
import app.carnet.domain.shared.Authorship;
import app.carnet.domain.shared.VoidableRecord;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A consultation: when, why, the practitioner's notes and follow-up plan, and what the client sees of it. */
@Entity
@Table(name = "consultation")
@NamedQuery(name = "Consultation.findByClient", query = "SELECT c FROM Consultation c WHERE c.clientId = :client "
        + "ORDER BY c.heldOn DESC, c.id DESC")
class Consultation extends VoidableRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Encrypted(DataCategory.HEALTH)
    @Column(name = "reason", nullable = false)
    private byte[] reason;

    @Encrypted(DataCategory.HEALTH)
    @Column(name = "notes")
    private byte[] notes;

    @Encrypted(DataCategory.HEALTH)
    @Column(name = "follow_up")
    private byte[] followUp;

    /** What the client reads of this consultation in the portal; nothing when empty. */
    @Encrypted(DataCategory.HEALTH)
    @Column(name = "shared_summary")
    private byte[] sharedSummary;

    @Embedded
    @AttributeOverride(name = "createdBy", column = @Column(name = "created_by", nullable = false, updatable = false))
    @SuppressWarnings("UnusedVariable") // written for the audit, read by the database's readers, not by Java
    private Authorship authorship;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Consultation() {
    }

    Consultation(long clientId, Instant now, long staffId) {
        this.clientId = clientId;
        this.authorship = new Authorship(now, staffId);
    }

    void write(ConsultationForm form, Instant now) {
        requireNotVoid();
        heldOn = form.heldOn();
        reason = seal("reason", form.reason());
        notes = seal("notes", form.notes());
        followUp = seal("follow_up", form.followUp());
        sharedSummary = seal("shared_summary", form.sharedSummary());
        if (id != null) {
            updatedAt = now;
        }
    }

    Long getId() {
        return id;
    }

    long getClientId() {
        return clientId;
    }

    ConsultationView view(java.util.List<AttachmentView> attachments) {
        return new ConsultationView(id, clientId,
                new ConsultationForm(heldOn, open("reason", reason), open("notes", notes),
                        open("follow_up", followUp), open("shared_summary", sharedSummary)),
                attachments,
                voidedAt(), voidReason());
    }

    ConsultationLine line() {
        return new ConsultationLine(id, heldOn, open("reason", reason), sharedSummary != null, isVoid());
    }

    /** What the client sees in the portal, or {@code null} when nothing is shared (or the record is voided). */
    SharedConsultation shared() {
        String summary = open("shared_summary", sharedSummary);
        return summary == null || isVoid() ? null : new SharedConsultation(id, heldOn, summary);
    }
}
