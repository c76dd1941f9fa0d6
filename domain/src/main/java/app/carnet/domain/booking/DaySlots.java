package app.carnet.domain.booking;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The free slots of one day, as Paris times. */
public record DaySlots(LocalDate day, List<LocalTime> times) implements Serializable {
}
