package app.carnet.domain.booking;

/** Where a service takes place. */
public enum Location {
    PRACTICE,
    HOME,
    VIDEO
}
