package app.carnet.rights.request;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A request the practitioner records from an email, a letter or a call: whose, which right, the day it arrived
 * (today when left empty, never later), and what was asked.
 */
public record NewRequest(@Nullable Long clientId, @Nullable RequestType type, @Nullable RequestChannel channel,
        @Nullable LocalDate receivedOn, @Nullable String asked) {

    @Override
    public String toString() {
        return "NewRequest[redacted]";
    }
}
