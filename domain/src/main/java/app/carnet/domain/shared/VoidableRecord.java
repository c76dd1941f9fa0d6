package app.carnet.domain.shared;

import app.carnet.domain.privacy.DataCategory;
import app.carnet.domain.security.Encrypted;
import app.carnet.domain.security.SealedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A record of a client's file that the practice never deletes: a wrong one is voided, with a reason (sealed: it may
 * say something of the client's health), and stays visible, struck out. Only the rights module erases. Its table has
 * {@code voided_at}, {@code voided_by} and {@code void_reason}.
 */
@MappedSuperclass
public abstract class VoidableRecord extends SealedRecord {

    @Embedded
    private @Nullable Voiding voiding;

    @Encrypted(DataCategory.HEALTH)
    @Column(name = "void_reason")
    private byte @Nullable [] voidReason;

    /** @throws BusinessException {@code health.alreadyVoid} */
    public void voidWith(String reason, Instant now, long staffId) {
        requireNotVoid();
        voiding = new Voiding(now, staffId);
        voidReason = seal("void_reason", reason);
    }

    /** @throws BusinessException {@code health.alreadyVoid}: a voided record is not written again */
    protected void requireNotVoid() {
        if (isVoid()) {
            throw new BusinessException("health.alreadyVoid");
        }
    }

    public boolean isVoid() {
        return voiding != null && voiding.isVoid();
    }

    /** When it was voided, or {@code null}. */
    protected @Nullable Instant voidedAt() {
        return voiding != null && voiding.isVoid() ? voiding.at() : null;
    }

    protected @Nullable String voidReason() {
        return open("void_reason", voidReason);
    }

    /** A checked reason to void a record, from a form's {@code field}. */
    public static String reason(String typed, String field) {
        var checks = new Checks();
        String reason = checks.text(typed, 200, field);
        checks.throwIfAny();
        return Objects.requireNonNull(reason); // throwIfAny has thrown for a missing one
    }
}
