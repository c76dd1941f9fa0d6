package app.carnet.web.view.converter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalDateConverterTest {

    @Test
    void read_shouldTakeDayMonthYearInBothLanguages() {
        assertEquals(LocalDate.of(1985, 3, 14), LocalDateConverter.read(" 14/03/1985 ", Locale.FRENCH));
        assertEquals(LocalDate.of(1985, 3, 4), LocalDateConverter.read("4/3/1985", Locale.ENGLISH));
    }

    @Test
    void read_shouldLeaveAnEmptyInputToTheRequiredCheck() {
        assertNull(LocalDateConverter.read("", Locale.FRENCH));
        assertNull(LocalDateConverter.read(null, Locale.FRENCH));
    }

    @Test
    void read_shouldRefuseABadDateInTheLanguageOfThePage() {
        assertEquals("Cette date n'existe pas.", refusal("31/02/1990", Locale.FRENCH));
        assertEquals("Saisissez une date au format jj/mm/aaaa.", refusal("le 3 mars", Locale.FRENCH));
        assertEquals("Enter a date as dd/mm/yyyy.", refusal("1990-02-03", Locale.ENGLISH));
        assertEquals("This date does not exist.", refusal("29/02/2023", Locale.ENGLISH));
    }

    @Test
    void write_shouldGiveWhatReadTakesBack() {
        var date = LocalDate.of(2026, 1, 5);
        assertEquals("05/01/2026", LocalDateConverter.write(date), "dd/mm/yyyy in both languages, as the hint says");
        assertEquals(date, LocalDateConverter.read(LocalDateConverter.write(date), Locale.ENGLISH));
        assertEquals("", LocalDateConverter.write(null));
    }

    private static String refusal(String typed, Locale locale) {
        return assertThrows(ConverterException.class, () -> LocalDateConverter.read(typed, locale)).getFacesMessage()
                .getSummary();
    }
}
