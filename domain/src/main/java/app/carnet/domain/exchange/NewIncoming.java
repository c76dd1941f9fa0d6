package app.carnet.domain.exchange;

import java.time.LocalDate;

/**
 * An incoming contact as typed: day and time (Paris, "9:30" or "9h30"; now when both are empty, noon when only the
 * day is given), channel, summary, optional follow-up.
 */
public record NewIncoming(LocalDate day, String time, Channel channel, String summary, String followUp) {

    @Override
    public String toString() {
        return "NewIncoming[redacted]";
    }
}
