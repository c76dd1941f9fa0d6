package app.carnet.rights.data;

import app.carnet.domain.privacy.ClientExport.Scope;
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
import org.jspecify.annotations.Nullable;

/**
 * A client's archive made in the background: where its making stands (steps done out of how many), then how large
 * it is and until when it is offered. Its content is in {@link ArchivePart}s. It holds no personal field: only whose
 * it is, which archive, and times.
 */
@Entity
@Table(name = "prepared_archive")
@NamedQuery(name = "PreparedArchive.findByClient", query = "SELECT a FROM PreparedArchive a "
        + "WHERE a.clientId = :client ORDER BY a.id DESC")
@NamedQuery(name = "PreparedArchive.findEnded", query = "SELECT a.id FROM PreparedArchive a "
        + "WHERE a.expiresAt < :now OR (a.state <> app.carnet.rights.data.PreparedArchive.State.READY "
        + "AND a.heartbeatAt < :stale)")
class PreparedArchive {

    /** Where the making stands. */
    enum State {
        PREPARING, READY, FAILED
    }

    /** A making that has not moved for this long was cut off (a restart): the client may ask again. */
    static final Duration STALE_AFTER = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Scope scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(nullable = false)
    private int steps;

    @Column(name = "steps_done", nullable = false)
    private int done;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private Instant askedAt;

    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    @Column(name = "ready_at")
    private @Nullable Instant readyAt;

    @Column(name = "expires_at")
    private @Nullable Instant expiresAt;

    @SuppressWarnings("NullAway.Init") // for JPA, which fills the fields
    protected PreparedArchive() {
    }

    PreparedArchive(long clientId, Scope scope, Instant now) {
        this.clientId = clientId;
        this.scope = scope;
        this.state = State.PREPARING;
        this.steps = 1;
        this.askedAt = now;
        this.heartbeatAt = now;
    }

    long getId() {
        return java.util.Objects.requireNonNull(id, "not saved yet");
    }

    long getClientId() {
        return clientId;
    }

    Scope getScope() {
        return scope;
    }

    Instant getAskedAt() {
        return askedAt;
    }

    void start(int totalSteps, Instant now) {
        steps = Math.max(1, totalSteps);
        heartbeatAt = now;
    }

    /** A sign of life of its making. */
    void touch(Instant now) {
        heartbeatAt = now;
    }

    void progress(int stepsDone, Instant now) {
        done = Math.min(stepsDone, steps);
        heartbeatAt = now;
    }

    void ready(long size, Instant now, Duration keptFor) {
        state = State.READY;
        done = steps;
        sizeBytes = size;
        heartbeatAt = now;
        readyAt = now;
        expiresAt = now.plus(keptFor);
    }

    void failed(Instant now) {
        state = State.FAILED;
        heartbeatAt = now;
    }

    /** Whether it may be downloaded now. */
    boolean downloadable(Instant now) {
        return state == State.READY && expiresAt != null && now.isBefore(expiresAt);
    }

    /** Whether it is still being made (not failed, not cut off by a restart). */
    boolean preparing(Instant now) {
        return state == State.PREPARING && heartbeatAt.plus(STALE_AFTER).isAfter(now);
    }

    ArchivePreparation view(Instant now) {
        ArchivePreparation.Stage stage = downloadable(now) ? ArchivePreparation.Stage.READY
                : preparing(now) ? ArchivePreparation.Stage.PREPARING
                        : state == State.READY ? ArchivePreparation.Stage.EXPIRED : ArchivePreparation.Stage.FAILED;
        return new ArchivePreparation(getId(), scope, stage, (int) (100L * done / steps), sizeBytes, askedAt,
                readyAt, expiresAt);
    }

    /** What the access archive says of it. */
    PreparedArchiveLine line() {
        return new PreparedArchiveLine(getId(), scope, state.name(), askedAt, readyAt, expiresAt);
    }
}
