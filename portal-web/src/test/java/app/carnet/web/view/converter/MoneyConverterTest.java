package app.carnet.web.view.converter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.carnet.domain.shared.Money;
import jakarta.faces.convert.ConverterException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyConverterTest {

    @Test
    void read_shouldTakeACommaOrAPointInEitherLanguage() {
        assertEquals(Money.ofCents(12_50), MoneyConverter.read("12,50", Locale.FRENCH));
        assertEquals(Money.ofCents(12_50), MoneyConverter.read("12.50", Locale.FRENCH));
        assertEquals(Money.ofCents(12_50), MoneyConverter.read("12.5", Locale.ENGLISH));
        assertEquals(Money.ofCents(12_50), MoneyConverter.read("12,50 €", Locale.ENGLISH));
        assertEquals(Money.ofCents(60_00), MoneyConverter.read(" 60 ", Locale.FRENCH));
        assertEquals(Money.ofCents(1_234_00), MoneyConverter.read("1\u202f234,00", Locale.FRENCH));
    }

    @Test
    void read_shouldLeaveAnEmptyInputToTheRequiredCheck() {
        assertNull(MoneyConverter.read("", Locale.FRENCH));
        assertNull(MoneyConverter.read(null, Locale.FRENCH));
    }

    @Test
    void read_shouldRefuseWhatIsNotAnAmountToTheCentInTheLanguageOfThePage() {
        assertEquals("Entrez un montant en euros, par exemple 60 ou 45,50.", refusal("douze", Locale.FRENCH));
        assertEquals("Entrez un montant en euros, par exemple 60 ou 45,50.", refusal("12,505", Locale.FRENCH));
        assertEquals("Enter an amount in euros, for instance 60 or 45.50.", refusal("-5", Locale.ENGLISH));
        assertEquals("Enter an amount in euros, for instance 60 or 45.50.", refusal("12.50.1", Locale.ENGLISH));
    }

    @Test
    void write_shouldWriteTheCentsWithThePagesDecimalMark() {
        var price = Money.ofCents(55_50);
        assertEquals("55,50", MoneyConverter.write(price, Locale.FRENCH));
        assertEquals("55.50", MoneyConverter.write(price, Locale.ENGLISH));
        assertEquals("60,00", MoneyConverter.write(Money.ofCents(60_00), Locale.FRENCH));
        assertEquals(price, MoneyConverter.read(MoneyConverter.write(price, Locale.FRENCH), Locale.FRENCH));
        assertEquals(price, MoneyConverter.read(MoneyConverter.write(price, Locale.ENGLISH), Locale.ENGLISH));
        assertEquals("", MoneyConverter.write(null, Locale.FRENCH));
    }

    private static String refusal(String typed, Locale locale) {
        return assertThrows(ConverterException.class, () -> MoneyConverter.read(typed, locale)).getFacesMessage()
                .getSummary();
    }
}
