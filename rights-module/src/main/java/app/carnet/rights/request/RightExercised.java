package app.carnet.rights.request;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A client exercised a right themselves, in the portal (an archive downloaded, an objection switched, a limitation
 * asked, directives filed…), or the practitioner recorded what heirs asked: the register of requests keeps one
 * entry for it. {@code answeredAt} is set when the right was honoured at once (a download, an objection to a
 * purpose the client may stop themselves); {@code summary} is what was asked, in the client's words or the
 * page's, which the register seals.
 */
public record RightExercised(long clientId, RequestType type, String summary, Instant receivedAt,
        @Nullable Instant answeredAt) {
}
