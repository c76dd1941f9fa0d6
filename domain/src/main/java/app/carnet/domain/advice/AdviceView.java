package app.carnet.domain.advice;

import java.time.Instant;

/** Advice as the back office shows it: shared with the client since {@code sharedAt}, or not yet. */
public record AdviceView(long id, long clientId, AdviceForm form, Instant sharedAt, Instant voidedAt,
        String voidReason) {

    @Override
    public String toString() {
        return "AdviceView[id=" + id + "]";
    }
}
