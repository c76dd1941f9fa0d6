package app.carnet.domain.advice;

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

/** Advice written for one client: shared in the client's portal once the practitioner says so. */
@Entity
@Table(name = "advice")
@NamedQuery(name = "Advice.findByClient", query = "SELECT a FROM Advice a WHERE a.clientId = :client "
        + "ORDER BY a.writtenOn DESC, a.id DESC")
class Advice extends VoidableRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "written_on", nullable = false)
    private LocalDate writtenOn;

    @Encrypted(DataCategory.HEALTH)
    @Column(name = "title", nullable = false)
    private byte[] title;

    @Encrypted(DataCategory.HEALTH)
    @Column(name = "body", nullable = false)
    private byte[] body;

    @Column(name = "shared_at")
    private Instant sharedAt;

    @Embedded
    @AttributeOverride(name = "createdBy", column = @Column(name = "created_by", nullable = false, updatable = false))
    @SuppressWarnings("UnusedVariable") // written for the audit, read by the database's readers, not by Java
    private Authorship authorship;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Advice() {
    }

    Advice(long clientId, Instant now, long staffId) {
        this.clientId = clientId;
        this.authorship = new Authorship(now, staffId);
    }

    void write(AdviceForm form, Instant now) {
        requireNotVoid();
        writtenOn = form.writtenOn();
        title = seal("title", form.title());
        body = seal("body", form.body());
        if (id != null) {
            updatedAt = now;
        }
    }

    /** @return whether it was not shared before */
    boolean share(Instant now) {
        requireNotVoid();
        if (sharedAt != null) {
            return false;
        }
        sharedAt = now;
        return true;
    }

    boolean isShared() {
        return sharedAt != null && !isVoid();
    }

    Long getId() {
        return id;
    }

    long getClientId() {
        return clientId;
    }

    AdviceView view() {
        return new AdviceView(id, clientId, new AdviceForm(writtenOn, open("title", title), open("body", body)),
                sharedAt,
                voidedAt(), voidReason());
    }
}
