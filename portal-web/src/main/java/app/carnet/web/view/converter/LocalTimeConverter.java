package app.carnet.web.view.converter;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Every input bound to a {@link LocalTime}: a time of day typed as "14h30", "14:30", "9h" or "9:05" in either
 * language, shown as the French write it ("9h30") or the English ("9:30"). Empty is {@code null}; anything else is
 * refused at its field with {@code validation.time} (a page may name its own message with {@code converterMessage}).
 */
@FacesConverter(forClass = LocalTime.class)
public class LocalTimeConverter implements Converter<LocalTime> {

    private static final Pattern SHAPE = Pattern.compile("(\\d{1,2})\\s*[hH:]\\s*(\\d{2})?");
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("H'h'mm");
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("H:mm");

    @Override
    public LocalTime getAsObject(FacesContext context, UIComponent component, String value) {
        return read(value, Converters.locale(context));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalTime value) {
        return write(value, Converters.locale(context));
    }

    static LocalTime read(String typed, Locale locale) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        var matcher = SHAPE.matcher(typed.strip());
        if (matcher.matches()) {
            int hour = Integer.parseInt(matcher.group(1));
            int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
            if (hour <= 23 && minute <= 59) {
                return LocalTime.of(hour, minute);
            }
        }
        throw Converters.refusal(locale, "validation.time");
    }

    static String write(LocalTime time, Locale locale) {
        return time == null ? "" : (Converters.english(locale) ? ENGLISH : FRENCH).format(time);
    }
}
