package app.carnet.rights.request;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A step of a request's history; {@code byStaff} when a staff member took it, {@code detail} its reason or text. */
public record RequestEventLine(Instant at, RequestEventKind kind, boolean byStaff, @Nullable String detail) {

    @Override
    public String toString() {
        return "RequestEventLine[" + kind + "]";
    }
}
