package app.carnet.rights.objection;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A limitation as the pages and the export show it; {@code liftedAt} null while it holds. */
public record LimitationView(long id, LimitationGround ground, String reason, Instant askedAt,
        @Nullable Instant noticeSentAt, @Nullable Instant liftedAt) {

    public boolean holds() {
        return liftedAt == null;
    }
}
