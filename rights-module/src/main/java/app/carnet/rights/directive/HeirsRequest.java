package app.carnet.rights.directive;

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
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an heir asked after the client's death, without directives (Loi Informatique et Libertés art. 85 II). */
@Entity
@Table(name = "heirs_request")
@NamedQuery(name = "HeirsRequest.byClient", query = "SELECT h FROM HeirsRequest h WHERE h.clientId = :client "
        + "ORDER BY h.receivedOn DESC, h.id DESC")
@SuppressWarnings("NullAway.Init") // JPA's constructor
class HeirsRequest extends SealedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Encrypted(DataCategory.IDENTIFICATION)
    @Column(name = "requester", nullable = false, updatable = false)
    private byte @Nullable [] requester; // sealed from a text: never null

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30, updatable = false)
    private HeirsRequestKind kind;

    @Encrypted(DataCategory.IDENTIFICATION)
    @Column(name = "detail", updatable = false)
    private byte @Nullable [] detail;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected HeirsRequest() {
    }

    HeirsRequest(long clientId, String requester, HeirsRequestKind kind, @Nullable String detail,
            LocalDate receivedOn, Instant now) {
        this.clientId = clientId;
        this.requester = seal("requester", requester);
        this.kind = kind;
        this.detail = seal("detail", detail);
        this.receivedOn = receivedOn;
        this.recordedAt = now;
    }

    HeirsRequestView view() {
        String who = open("requester", requester);
        return new HeirsRequestView(id, who == null ? "" : who, kind, open("detail", detail), receivedOn, recordedAt);
    }
}
