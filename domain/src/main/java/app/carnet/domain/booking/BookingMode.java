package app.carnet.domain.booking;

/** Whether an online booking is confirmed at once or is a request the practitioner accepts or declines. */
public enum BookingMode {
    INSTANT,
    REQUEST
}
