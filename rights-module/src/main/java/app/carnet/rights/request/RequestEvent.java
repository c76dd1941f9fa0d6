package app.carnet.rights.request;

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
import org.jspecify.annotations.Nullable;

/** A step of a request's history: when, what, by whom (a staff member, or nobody: the client or Carnet), and why. */
@Entity
@Table(name = "rights_request_event")
@NamedQuery(name = "RequestEvent.findByRequest", query = "SELECT e FROM RequestEvent e WHERE e.requestId = :request "
        + "ORDER BY e.at, e.id")
class RequestEvent extends SealedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 25, updatable = false)
    private RequestEventKind kind;

    @Column(name = "staff_id", updatable = false)
    private @Nullable Long staffId;

    @Encrypted(DataCategory.CONTACT)
    @Column(name = "detail", updatable = false)
    private byte @Nullable [] detail;

    @SuppressWarnings("NullAway.Init") // for JPA, which fills the fields
    protected RequestEvent() {
    }

    RequestEvent(long requestId, Instant at, RequestEventKind kind, @Nullable Long staffId, @Nullable String detail) {
        this.requestId = requestId;
        this.at = at;
        this.kind = kind;
        this.staffId = staffId;
        this.detail = seal("detail", detail);
    }

    RequestEventLine line() {
        return new RequestEventLine(at, kind, staffId != null, open("detail", detail));
    }
}
