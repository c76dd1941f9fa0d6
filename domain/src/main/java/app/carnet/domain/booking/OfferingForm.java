package app.carnet.domain.booking;

/** A service as the settings form gives it, as typed; {@link BookingSettingsService} checks it. */
public record OfferingForm(String name, String description, String durationMinutes, String bufferMinutes,
        String price, boolean online, Location location, String locationDetail) {
}
