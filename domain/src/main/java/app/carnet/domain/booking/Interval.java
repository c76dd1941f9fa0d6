package app.carnet.domain.booking;

import java.time.Instant;

/** A span of time, from its start included to its end excluded. */
record Interval(Instant start, Instant end) {

    boolean overlaps(Interval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
