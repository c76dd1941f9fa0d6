package app.carnet.rights.identity;

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
 * An identity question about a request: why the practitioner doubts (recorded before anything is asked), what was
 * asked, and the answer: typed information (sealed) or a copy of a document (its kind here, its sealed bytes in an
 * {@link IdentityProofFile}). Once verified, the answer and the copy are deleted; only the fact remains.
 */
@Entity
@Table(name = "identity_proof")
@NamedQuery(name = "IdentityProof.findByRequest", query = "SELECT p FROM IdentityProof p WHERE p.requestId = :request "
        + "ORDER BY p.askedAt, p.id")
@NamedQuery(name = "IdentityProof.findByClient", query = "SELECT p FROM IdentityProof p WHERE p.clientId = :client "
        + "ORDER BY p.id")
class IdentityProof extends SealedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private ProofStep step;

    @Encrypted(DataCategory.IDENTIFICATION)
    @Column(name = "doubt", nullable = false, updatable = false)
    private byte @Nullable [] doubt;

    @Encrypted(DataCategory.IDENTIFICATION)
    @Column(name = "question", nullable = false, updatable = false)
    private byte @Nullable [] question;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private Instant askedAt;

    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;

    @Encrypted(DataCategory.IDENTIFICATION)
    @Column(name = "answer")
    private byte @Nullable [] answer;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable ProofKind kind;

    @Column(name = "content_type", length = 40)
    private @Nullable String contentType;

    @Column(name = "has_copy", nullable = false)
    private boolean hasCopy;

    @Column(name = "verified_at")
    private @Nullable Instant verifiedAt;

    @SuppressWarnings("NullAway.Init") // for JPA, which fills the fields
    protected IdentityProof() {
    }

    IdentityProof(long requestId, long clientId, ProofStep step, String doubt, String question, Instant now) {
        this.requestId = requestId;
        this.clientId = clientId;
        this.step = step;
        this.doubt = seal("doubt", doubt);
        this.question = seal("question", question);
        this.askedAt = now;
    }

    long getId() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    long getRequestId() {
        return requestId;
    }

    long getClientId() {
        return clientId;
    }

    ProofStep getStep() {
        return step;
    }

    @Nullable
    ProofKind getKind() {
        return kind;
    }

    @Nullable
    String getContentType() {
        return contentType;
    }

    boolean isAnswered() {
        return answeredAt != null;
    }

    boolean isVerified() {
        return verifiedAt != null;
    }

    boolean hasCopy() {
        return hasCopy;
    }

    ProofQuestion question() {
        return new ProofQuestion(step, Objects.requireNonNull(open("question", question)));
    }

    void answered(String text, Instant now) {
        this.answer = seal("answer", text);
        this.answeredAt = now;
    }

    void copied(ProofKind kind, ProofFileType type, Instant now) {
        this.kind = kind;
        this.contentType = type.mediaType();
        this.hasCopy = true;
        this.answeredAt = now;
    }

    /** Verified (or set aside for a further question): the answer and the copy are no longer needed. */
    void done(Instant now, boolean verified) {
        this.answer = null;
        this.hasCopy = false;
        if (verified) {
            this.verifiedAt = now;
        }
    }

    ProofLine line() {
        return new ProofLine(getId(), step, Objects.requireNonNull(open("doubt", doubt)),
                Objects.requireNonNull(open("question", question)), askedAt, answeredAt, open("answer", answer), kind,
                hasCopy, verifiedAt);
    }
}
