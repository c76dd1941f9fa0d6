package app.carnet.web.view.converter;

import app.carnet.web.view.DateInput;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Every input bound to a {@link LocalDate}: typed and shown as dd/mm/yyyy in both languages (the hint of the date
 * fields), read strictly by {@link DateInput}. Empty is {@code null}, left to the form's "required" check; a bad
 * date is refused at its field, before the form reaches the domain, and what was typed stays in the field.
 */
@FacesConverter(forClass = LocalDate.class)
public class LocalDateConverter implements Converter<LocalDate> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        return read(value, Converters.locale(context));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return write(value);
    }

    static LocalDate read(String typed, Locale locale) {
        var input = DateInput.parse(typed);
        if (input.problem() != null) {
            throw Converters.refusal(locale, input.problem());
        }
        return input.date();
    }

    static String write(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }
}
