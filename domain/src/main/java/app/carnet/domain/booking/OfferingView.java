package app.carnet.domain.booking;

import app.carnet.domain.shared.Money;
import java.io.Serializable;

/** A service the practice offers, as pages show it. */
public record OfferingView(long id, String name, String description, int durationMinutes, int bufferMinutes, Money price,
        boolean online, Location location, String locationDetail, boolean active) implements Serializable {
}
