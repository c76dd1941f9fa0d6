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
 * <p>
 * Inputs bound to a {@code LocalDate} are read by {@link app.carnet.web.view.converter.LocalDateConverter}, which
 * refuses a bad date before the form reaches the domain. A form that must say a bad date together with the
 * domain's own problems (a client's birth date beside a bad email, every problem at once) keeps the text and reads
 * it here and gives the domain the date or nothing: the date being required there, a bad one is always refused,
 * and the page shows the {@linkplain #joined joined} problems.
 */
public record DateInput(LocalDate date, String problem) {

    private static final Pattern SHAPE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The domain's refusal of the form, with this date's problem (if any) in place of the domain's about it. */
    public BusinessException joined(BusinessException refusal, String field) {
        return problem == null ? refusal : refusal.replacing(field, problem);
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
