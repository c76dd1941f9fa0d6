package app.carnet.rights.directive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A recorded death as the practitioner's page shows it: the date, how it was learnt, the document's type if any,
 * the directives then in force, what Carnet did ({@code outcome}: message keys, each with its detail after a
 * {@code |}), and where the designee stands.
 */
public record DeathView(LocalDate diedOn, DeathSource learntHow, @Nullable String learntDetail,
        @Nullable String documentType, Instant recordedAt, @Nullable Integer directiveVersion, List<String> outcome,
        @Nullable Instant designeeToldAt, @Nullable Instant designeeConfirmedAt,
        @Nullable Instant archiveDownloadedAt) implements java.io.Serializable {

    @Override
    public String toString() {
        return "DeathView[recordedAt=" + recordedAt + "]";
    }
}
