package app.carnet.domain.booking;

import java.io.Serializable;
import java.time.Instant;

/**
 * An appointment as pages show it. {@code changeable}: the client may still move or cancel it without it being
 * late; {@code clientName} only for staff.
 */
public record AppointmentView(long id, Long clientId, String clientName, Long offeringId, String offeringName,
        Instant start, Instant end, AppointmentStatus status, Location location, String locationDetail,
        boolean changeable) implements Serializable {

    public boolean isBlock() {
        return status == AppointmentStatus.BLOCKED;
    }
}
