package app.carnet.web.view;

import app.carnet.domain.shared.BusinessException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * A date typed as dd/mm/yyyy (d/m/yyyy accepted), read strictly: 31/02/1990 is refused, not turned
 * into 28/02/1990. The result is either a date or the key of the message that explains the refusal.
 */
public record DateInput(LocalDate date, String problem) {

    private static final Pattern SHAPE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /**
     * For an optional date of a form: the date ({@code null} when left empty).
     *
     * @throws BusinessException with the problem, on {@code field}
     */
    public LocalDate orRefuse(String field) {
        if (problem != null) {
            throw new BusinessException(problem, field);
        }
        return date;
    }

    /** @return an empty input (no date, no problem: "required" is the form's business), a date, or a problem */
    public static DateInput parse(String text) {
        if (text == null || text.isBlank()) {
            return new DateInput(null, null);
        }
        String value = text.strip();
        if (!SHAPE.matcher(value).matches()) {
            return new DateInput(null, "validation.date");
        }
        try {
            return new DateInput(LocalDate.parse(value, FORMAT), null);
        } catch (DateTimeParseException e) {
            return new DateInput(null, "validation.date.impossible");
        }
    }
}
