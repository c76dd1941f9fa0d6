package app.carnet.web.view.converter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalTimeConverterTest {

    @Test
    void read_shouldTakeTheFrenchAndTheEnglishWays() {
        assertEquals(LocalTime.of(14, 30), LocalTimeConverter.read("14h30", Locale.FRENCH));
        assertEquals(LocalTime.of(14, 30), LocalTimeConverter.read(" 14 H 30 ", Locale.FRENCH));
        assertEquals(LocalTime.of(9, 0), LocalTimeConverter.read("9h", Locale.FRENCH));
        assertEquals(LocalTime.of(9, 5), LocalTimeConverter.read("9:05", Locale.ENGLISH));
        assertEquals(LocalTime.of(0, 0), LocalTimeConverter.read("00:00", Locale.ENGLISH));
    }

    @Test
    void read_shouldLeaveAnEmptyInputToTheRequiredCheck() {
        assertNull(LocalTimeConverter.read("  ", Locale.FRENCH));
        assertNull(LocalTimeConverter.read(null, Locale.FRENCH));
    }

    @Test
    void read_shouldRefuseWhatIsNotATimeOfDayInTheLanguageOfThePage() {
        assertEquals("Saisissez une heure comme 14h30 ou 9h.", refusal("25h00", Locale.FRENCH));
        assertEquals("Saisissez une heure comme 14h30 ou 9h.", refusal("9h60", Locale.FRENCH));
        assertEquals("Saisissez une heure comme 14h30 ou 9h.", refusal("midi", Locale.FRENCH));
        assertEquals("Enter a time such as 14:30 or 9h.", refusal("9.30", Locale.ENGLISH));
        assertEquals("Enter a time such as 14:30 or 9h.", refusal("9:5", Locale.ENGLISH));
    }

    @Test
    void write_shouldWriteTheTimeAsThePageReadsIt() {
        var time = LocalTime.of(9, 5);
        assertEquals("9h05", LocalTimeConverter.write(time, Locale.FRENCH));
        assertEquals("9:05", LocalTimeConverter.write(time, Locale.ENGLISH));
        assertEquals(time, LocalTimeConverter.read(LocalTimeConverter.write(time, Locale.FRENCH), Locale.FRENCH));
        assertEquals(time, LocalTimeConverter.read(LocalTimeConverter.write(time, Locale.ENGLISH), Locale.ENGLISH));
        assertEquals("", LocalTimeConverter.write(null, Locale.ENGLISH));
    }

    private static String refusal(String typed, Locale locale) {
        return assertThrows(ConverterException.class, () -> LocalTimeConverter.read(typed, locale)).getFacesMessage()
                .getSummary();
    }
}
