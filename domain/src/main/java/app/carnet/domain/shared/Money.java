package app.carnet.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/** An amount in euros, to the cent: never a {@code double}. Written the French way ("60,00 €") or the English. */
public record Money(BigDecimal amount) {

    private static final Currency EURO = Currency.getInstance("EUR");

    public Money {
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money ofCents(long cents) {
        return new Money(BigDecimal.valueOf(cents, 2));
    }

    /** "60", "60,50", "60.5", "60,50 €"; empty when it is not an amount of at most two decimals. */
    public static Optional<Money> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String cleaned = typed.replace("€", "").replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "")
                .replace(',', '.').strip();
        if (!cleaned.matches("\\d{1,7}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new Money(new BigDecimal(cleaned).setScale(2)));
    }

    public long cents() {
        return amount.movePointRight(2).longValueExact();
    }

    public String written(Locale locale) {
        var format = NumberFormat.getCurrencyInstance("en".equals(locale.getLanguage()) ? Locale.UK : Locale.FRANCE);
        format.setCurrency(EURO);
        return format.format(amount);
    }
}
