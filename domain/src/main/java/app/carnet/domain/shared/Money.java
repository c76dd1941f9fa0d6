package app.carnet.domain.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * An amount in euros, to the cent: never a {@code double}. Written the French way ("60,00 €") or the English. Sums
 * and multiples by a whole quantity are exact; a product by any other factor (a rate of tax, a share of a package)
 * names its rounding, since the cent it gives or takes is a legal matter (after Apache Fineract's {@code Money}).
 */
public record Money(BigDecimal amount) implements Comparable<Money>, Serializable {

    private static final Currency EURO = Currency.getInstance("EUR");

    public static final Money ZERO = ofCents(0);

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

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** This amount {@code quantity} times (a line of an invoice). */
    public Money times(long quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)));
    }

    /** This amount times {@code factor} (a rate, a share), rounded to the cent as {@code rounding} says. */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        return new Money(amount.multiply(factor).setScale(2, rounding));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** Whether this amount is more than {@code other}. */
    public boolean exceeds(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
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
