package app.carnet.rights.data;

import app.carnet.domain.privacy.ClientExport.Scope;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An archive made in the background, as the access archive lists it. */
public record PreparedArchiveLine(long id, Scope scope, String state, Instant askedAt, @Nullable Instant readyAt,
        @Nullable Instant expiresAt) {
}
