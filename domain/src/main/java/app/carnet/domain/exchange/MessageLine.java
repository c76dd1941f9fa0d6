package app.carnet.domain.exchange;

import java.time.Instant;

/** A message of a conversation, oldest first; {@code readAt} is when the other side first saw it. */
public record MessageLine(long id, Author author, String body, Instant sentAt, Instant readAt) {

    @Override
    public String toString() {
        return "MessageLine[id=" + id + "]";
    }
}
