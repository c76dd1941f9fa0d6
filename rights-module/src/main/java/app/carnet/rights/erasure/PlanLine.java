package app.carnet.rights.erasure;

import app.carnet.domain.privacy.Purpose;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One section of the client's data in an erasure plan ({@code consultations}, {@code accessJournal}…) and how many
 * records it has; for a section kept, why ({@code reason}, a message key naming the obligation), for which purpose,
 * and until when ({@code null} while the end is not known yet).
 */
public record PlanLine(String section, int records, @Nullable String reason, @Nullable Purpose purpose,
        @Nullable LocalDate until) {

    static PlanLine erased(String section, int records) {
        return new PlanLine(section, records, null, null, null);
    }
}
