package app.carnet.rights.objection;

import app.carnet.domain.privacy.Purpose;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One turn of an objection switch: when, which purpose, which way, by whom. Never changed afterwards. */
@Entity
@Table(name = "rights_objection_change")
@NamedQuery(name = "ObjectionChange.byClient", query = "SELECT o FROM ObjectionChange o WHERE o.clientId = :client "
        + "ORDER BY o.changedAt, o.id")
@NamedQuery(name = "ObjectionChange.byPurpose", query = "SELECT o FROM ObjectionChange o WHERE o.purpose = :purpose "
        + "ORDER BY o.changedAt, o.id")
@NamedQuery(name = "ObjectionChange.deleteByClient", query = "DELETE FROM ObjectionChange o WHERE o.clientId = :client")
class ObjectionChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3, updatable = false)
    private Purpose purpose;

    @Column(nullable = false, updatable = false)
    private boolean objected;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 40, updatable = false)
    private String changedBy;

    @SuppressWarnings("NullAway.Init")
    protected ObjectionChange() {
    }

    ObjectionChange(long clientId, Purpose purpose, boolean objected, Instant changedAt, String changedBy) {
        this.clientId = clientId;
        this.purpose = purpose;
        this.objected = objected;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    long clientId() {
        return clientId;
    }

    Purpose purpose() {
        return purpose;
    }

    boolean objected() {
        return objected;
    }

    ObjectionLine line() {
        return new ObjectionLine(purpose, objected, changedAt);
    }
}
