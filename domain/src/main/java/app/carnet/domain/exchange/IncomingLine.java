package app.carnet.domain.exchange;

import java.time.Instant;

/** An incoming contact as the back office lists it; {@code doneAt} is empty while its follow-up waits. */
public record IncomingLine(long id, Instant receivedAt, Channel channel, String summary, String followUp,
        Instant doneAt) {

    @Override
    public String toString() {
        return "IncomingLine[id=" + id + "]";
    }
}
