package app.carnet.rights.directive;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An heirs' request as the practitioner's page lists it. */
public record HeirsRequestView(long id, String requester, HeirsRequestKind kind, @Nullable String detail,
        LocalDate receivedOn, Instant recordedAt) implements java.io.Serializable {

    @Override
    public String toString() {
        return "HeirsRequestView[id=" + id + ", kind=" + kind + "]";
    }
}
