package app.carnet.rights.objection;

import app.carnet.domain.privacy.Purpose;
import java.time.Instant;

/** One turn of a switch, as the client's export shows it. */
public record ObjectionLine(Purpose purpose, boolean objected, Instant changedAt) {
}
