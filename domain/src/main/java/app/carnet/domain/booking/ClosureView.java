package app.carnet.domain.booking;

import java.io.Serializable;
import java.time.LocalDate;

/** Days the practice is closed, as the settings page lists them. */
public record ClosureView(long id, LocalDate firstDay, LocalDate lastDay, String label) implements Serializable {
}
