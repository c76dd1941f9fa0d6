package app.carnet.web.view;

import app.carnet.domain.shared.BusinessException;
import java.time.LocalTime;
import java.util.regex.Pattern;

/** A time of day typed as "14h30", "14:30", "9h" or "9:05"; anything else is refused with a message. */
public final class TimeInput {

    private static final Pattern SHAPE = Pattern.compile("(\\d{1,2})\\s*[hH:]\\s*(\\d{2})?");

    private TimeInput() {
    }

    /** @throws BusinessException {@code validation.required} or {@code validation.time}, on {@code field} */
    public static LocalTime parse(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            throw new BusinessException("validation.required", field);
        }
        var matcher = SHAPE.matcher(typed.strip());
        if (!matcher.matches()) {
            throw new BusinessException("validation.time", field);
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        if (hour > 23 || minute > 59) {
            throw new BusinessException("validation.time", field);
        }
        return LocalTime.of(hour, minute);
    }
}
