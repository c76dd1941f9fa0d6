package app.carnet.domain.booking;

import java.util.Set;

/** Where an appointment stands. Only those that {@link #holdsTime()} keep their time from others. */
public enum AppointmentStatus {
    /** Asked for online, waiting for the practitioner. */
    REQUESTED,
    CONFIRMED,
    DECLINED,
    /** Cancelled in time, by the client or the practice. */
    CANCELLED,
    /** Cancelled by the client after the notice. */
    CANCELLED_LATE,
    DONE,
    /** The client did not come. */
    MISSED,
    /** Time the practitioner blocked (no client). */
    BLOCKED;

    private static final Set<AppointmentStatus> HOLDING = Set.of(REQUESTED, CONFIRMED, DONE, MISSED, BLOCKED);

    public boolean holdsTime() {
        return HOLDING.contains(this);
    }

    /** Still to happen as planned: it can be moved, cancelled, or marked once its time has come. */
    public boolean isOpen() {
        return this == REQUESTED || this == CONFIRMED;
    }
}
