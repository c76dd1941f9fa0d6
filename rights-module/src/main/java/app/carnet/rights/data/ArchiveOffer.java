package app.carnet.rights.data;

import app.carnet.domain.privacy.ClientExport.Scope;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * One of the client's two archives as the portal offers it: downloaded at once when small, made in the background
 * when it would take about {@code carnet.rights.export.background-bytes} or more ({@code background}), with where its
 * latest making stands.
 */
public record ArchiveOffer(Scope scope, long estimatedBytes, boolean background,
        @Nullable ArchivePreparation preparation) implements Serializable {

    /** Whether it is being made now. */
    public boolean preparing() {
        ArchivePreparation making = preparation;
        return making != null && making.isPreparing();
    }
}
