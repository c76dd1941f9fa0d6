package app.carnet.rights.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An identity question of a request, as the practitioner reads it: why there was doubt, what was asked, when, the
 * answer (information typed, or which document and whether its copy is still there) and when it was verified. Once
 * verified, the answer and the copy are gone.
 */
public record ProofLine(long id, ProofStep step, String doubt, String question, Instant askedAt,
        @Nullable Instant answeredAt, @Nullable String answer, @Nullable ProofKind kind, boolean hasCopy,
        @Nullable Instant verifiedAt) {

    @Override
    public String toString() {
        return "ProofLine[id=" + id + "]";
    }
}
