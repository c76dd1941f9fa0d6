package app.carnet.rights.request;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One of the client's own requests, as the portal shows it: with the answer, or the reason of a refusal. */
public record PortalRequestLine(long id, RequestType type, LocalDate receivedOn, RequestState state, LocalDate due,
        String asked, @Nullable String answer, @Nullable Instant closedAt) {

    @Override
    public String toString() {
        return "PortalRequestLine[id=" + id + "]";
    }
}
