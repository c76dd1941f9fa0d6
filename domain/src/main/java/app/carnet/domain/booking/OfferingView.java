package app.carnet.domain.booking;

import app.carnet.domain.shared.Money;
import java.io.Serializable;

/** A service the practice offers, as pages show it. */
public record OfferingView(long id, String name, String description, int durationMinutes, int bufferMinutes,
        Money price,
        boolean online, Location location, String locationDetail, boolean active) implements Serializable {

    /** As visitors may see it: without the video link, given to a booked client only. */
    public OfferingView publicView() {
        return location == Location.VIDEO ? new OfferingView(id, name, description, durationMinutes, bufferMinutes,
                price, online, location, null, active) : this;
    }
}
