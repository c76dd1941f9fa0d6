package app.carnet.domain.booking;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The practice's opening hours, weekday by weekday; a break is the gap between two ranges of a day. Stored as
 * {@code MONDAY=09:00-12:00,14:00-18:00;TUESDAY=…}.
 */
public record WeeklyHours(Map<DayOfWeek, List<TimeRange>> days) implements java.io.Serializable {

    public WeeklyHours {
        var copy = new EnumMap<DayOfWeek, List<TimeRange>>(DayOfWeek.class);
        days.forEach((day, ranges) -> {
            if (!ranges.isEmpty()) {
                copy.put(day, ranges.stream().sorted(Comparator.comparing(TimeRange::start)).toList());
            }
        });
        days = Map.copyOf(copy);
    }

    /** Monday to Friday, 9 h–12 h and 14 h–18 h: what a new practice starts with. */
    static WeeklyHours usual() {
        var day = List.of(new TimeRange(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(12, 0)),
                new TimeRange(java.time.LocalTime.of(14, 0), java.time.LocalTime.of(18, 0)));
        var days = new EnumMap<DayOfWeek, List<TimeRange>>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            days.put(d, day);
        }
        return new WeeklyHours(days);
    }

    public List<TimeRange> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    /**
     * The ranges of one day as typed ("9h-12h, 14h-18h"; empty: closed that day).
     *
     * @return empty when a range cannot be read or two ranges overlap
     */
    static Optional<List<TimeRange>> parseDay(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of(List.of());
        }
        var ranges = new ArrayList<TimeRange>();
        for (String part : typed.split("[,;/]|\\bet\\b|\\band\\b")) {
            if (part.isBlank()) {
                continue;
            }
            var range = TimeRange.parse(part);
            if (range.isEmpty() || ranges.stream().anyMatch(range.get()::overlaps)) {
                return Optional.empty();
            }
            ranges.add(range.get());
        }
        ranges.sort(Comparator.comparing(TimeRange::start));
        return Optional.of(List.copyOf(ranges));
    }

    /** One day's ranges as the form shows them: "9 h – 12 h, 14 h – 18 h". */
    public String written(DayOfWeek day) {
        return on(day).stream().map(TimeRange::written).collect(Collectors.joining(", "));
    }

    String stored() {
        return days.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue().stream().map(r -> r.start() + "-" + r.end())
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
    }

    static WeeklyHours fromStored(String stored) {
        var days = new EnumMap<DayOfWeek, List<TimeRange>>(DayOfWeek.class);
        if (!stored.isBlank()) {
            for (String day : stored.split(";")) {
                String[] parts = day.split("=", 2);
                days.put(DayOfWeek.valueOf(parts[0]), parseDay(parts[1]).orElseThrow());
            }
        }
        return new WeeklyHours(days);
    }
}
