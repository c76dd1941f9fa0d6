package app.carnet.domain.booking;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Part of a day when the practice is open, such as 9 h–12 h; the end is after the start. */
public record TimeRange(LocalTime start, LocalTime end) implements java.io.Serializable {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("H:mm");

    public TimeRange {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A range ends after it starts");
        }
    }

    /** "9h-12h", "14h30–18h", "9:00 - 12:00"; empty when it is not such a range or ends before it starts. */
    static Optional<TimeRange> parse(String typed) {
        String[] ends = typed.strip().split("\\s*[-–]\\s*");
        if (ends.length != 2) {
            return Optional.empty();
        }
        try {
            LocalTime start = time(ends[0]);
            LocalTime end = time(ends[1]);
            return end.isAfter(start) ? Optional.of(new TimeRange(start, end)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static LocalTime time(String typed) {
        String t = typed.replaceAll("\\s", "").toLowerCase(java.util.Locale.ROOT).replace('h', ':');
        if (t.endsWith(":")) {
            t += "00";
        }
        return LocalTime.parse(t, TYPED);
    }

    boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** As people write it in France: "9 h – 12 h 30". */
    public String written() {
        return written(start) + " – " + written(end);
    }

    private static String written(LocalTime time) {
        return time.getMinute() == 0 ? time.getHour() + " h"
                : time.getHour() + " h " + String.format("%02d", time.getMinute());
    }
}
