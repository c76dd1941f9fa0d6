package app.carnet.domain.booking;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A week of free slots for one service, from {@code monday}; whether there are weeks to see before and after, and
 * the first day with a slot from this week on (to jump to it when this week has none).
 */
public record WeekSlots(LocalDate monday, List<DaySlots> days, boolean earlier, boolean later, LocalDate nextFree)
        implements Serializable {

    public boolean withoutSlots() {
        return days.stream().allMatch(d -> d.times().isEmpty());
    }
}
