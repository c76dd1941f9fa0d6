package app.carnet.domain.booking;

import java.time.LocalDate;

/** Days the practice is closed (holidays, training…), from the first to the last included. */
record ClosedDays(LocalDate first, LocalDate last) {

    boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
