package app.carnet.rights.request;

import app.carnet.rights.identity.ProofLine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One request as the practitioner reads it: what was asked, its state and clock ({@code due}, the last day of the
 * first month, the last day an extension may be decided; {@code suspendedSince} while it stands still), the
 * extension's reasons, the answer (or refusal reason), the identity check kept ("verified on … with …") and the
 * history, with the identity questions.
 */
public record RequestView(long id, long clientId, String clientName, RequestType type, RequestChannel channel,
        LocalDate receivedOn, String asked, RequestState state, LocalDate due, LocalDate firstMonthDue, long daysLeft,
        int months, @Nullable LocalDate suspendedSince, @Nullable String extensionReasons, @Nullable String answer,
        @Nullable Instant closedAt, @Nullable LocalDate verifiedOn, @Nullable String verifiedWith,
        List<RequestEventLine> events, List<ProofLine> identity, boolean writable) {

    public boolean extended() {
        return months > RightsDeadline.FIRST;
    }

    /** Whether identity information may be asked: not of a client logged in to the portal (C-R2). */
    public boolean identityMayBeAsked() {
        return channel != RequestChannel.PORTAL && state.open() && state != RequestState.WAITING_FOR_IDENTITY;
    }

    @Override
    public String toString() {
        return "RequestView[id=" + id + "]";
    }
}
