package app.carnet.rights.data;

import app.carnet.domain.privacy.ClientExport.Scope;
import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a client's archive made in the background stands, for the portal: being made ({@code percent} done), ready
 * to download until {@code expiresAt}, expired, or failed (or cut off by a restart: the client asks again).
 */
public record ArchivePreparation(long id, Scope scope, Stage stage, int percent, long sizeBytes, Instant askedAt,
        @Nullable Instant readyAt, @Nullable Instant expiresAt) implements Serializable {

    /** What the page shows. */
    public enum Stage {
        PREPARING, READY, EXPIRED, FAILED
    }

    public boolean isPreparing() {
        return stage == Stage.PREPARING;
    }

    public boolean isReady() {
        return stage == Stage.READY;
    }
}
