package app.carnet.web.view.converter;

import app.carnet.domain.shared.Money;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.util.Locale;

/**
 * Every input bound to a {@link Money}: an amount in euros read by {@link Money#parse} ("60", "45,50", "45.50",
 * "45,50 €", in either language), shown with the page's decimal mark and its cents ("45,50"; "45.50" in English).
 * Empty is {@code null}, left to the form's "required" check; anything else is refused at its field.
 */
@FacesConverter(forClass = Money.class)
public class MoneyConverter implements Converter<Money> {

    @Override
    public Money getAsObject(FacesContext context, UIComponent component, String value) {
        return read(value, Converters.locale(context));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Money value) {
        return write(value, Converters.locale(context));
    }

    static Money read(String typed, Locale locale) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return Money.parse(typed).orElseThrow(() -> Converters.refusal(locale, "validation.money"));
    }

    static String write(Money money, Locale locale) {
        if (money == null) {
            return "";
        }
        String plain = money.amount().toPlainString();
        return Converters.english(locale) ? plain : plain.replace('.', ',');
    }
}
