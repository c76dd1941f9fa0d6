package app.carnet.rights.objection;

import app.carnet.domain.privacy.DataCategory;
import app.carnet.domain.security.Encrypted;
import app.carnet.domain.security.SealedRecord;
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
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A limitation of a client's data (GDPR art. 18), from the client's request, effective at once, until the
 * practitioner lifts it after telling the client (art. 18(3)).
 */
@Entity
@Table(name = "rights_limitation")
@NamedQuery(name = "Limitation.current", query = "SELECT l FROM Limitation l WHERE l.clientId = :client "
        + "AND l.liftedAt IS NULL ORDER BY l.askedAt DESC, l.id DESC")
@NamedQuery(name = "Limitation.countCurrent", query = "SELECT COUNT(l) FROM Limitation l WHERE l.clientId = :client "
        + "AND l.liftedAt IS NULL")
@NamedQuery(name = "Limitation.byClient", query = "SELECT l FROM Limitation l WHERE l.clientId = :client "
        + "ORDER BY l.askedAt, l.id")
@NamedQuery(name = "Limitation.deleteByClient", query = "DELETE FROM Limitation l WHERE l.clientId = :client")
class Limitation extends SealedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private LimitationGround ground;

    @Encrypted(DataCategory.CONTACT)
    @Column(name = "reason", nullable = false, updatable = false)
    private byte @Nullable [] reason;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private Instant askedAt;

    @Column(name = "asked_by", nullable = false, length = 40, updatable = false)
    private String askedBy;

    @Column(name = "notice_sent_at")
    private @Nullable Instant noticeSentAt;

    @Column(name = "lifted_at")
    private @Nullable Instant liftedAt;

    @Column(name = "lifted_by")
    private @Nullable Long liftedBy;

    @SuppressWarnings("NullAway.Init")
    protected Limitation() {
    }

    Limitation(long clientId, LimitationGround ground, String reason, Instant askedAt, String askedBy) {
        this.clientId = clientId;
        this.ground = ground;
        this.reason = seal("reason", reason);
        this.askedAt = askedAt;
        this.askedBy = askedBy;
    }

    /** Lifted, the client told first (art. 18(3)). */
    void lift(@Nullable Instant noticeSent, Instant now, long staffId) {
        this.noticeSentAt = noticeSent;
        this.liftedAt = now;
        this.liftedBy = staffId;
    }

    LimitationView view() {
        return new LimitationView(id, ground, Objects.requireNonNullElse(open("reason", reason), ""), askedAt,
                noticeSentAt, liftedAt);
    }
}
