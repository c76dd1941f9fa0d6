package app.carnet.domain.booking;

import app.carnet.domain.shared.Money;

/**
 * A service as the settings form gives it, its numbers already read ({@code null} when left empty);
 * {@link BookingSettingsService} checks it.
 */
public record OfferingForm(String name, String description, Integer durationMinutes, Integer bufferMinutes,
        Money price, boolean online, Location location, String locationDetail) {
}
