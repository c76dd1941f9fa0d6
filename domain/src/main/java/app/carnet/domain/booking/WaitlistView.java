package app.carnet.domain.booking;

import java.io.Serializable;
import java.time.Instant;

/** A client's place on the waitlist, as the portal shows it. */
public record WaitlistView(long id, String offeringName, Long appointmentId, Instant wantedBefore, Instant since)
        implements Serializable {
}
