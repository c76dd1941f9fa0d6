package app.carnet.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void phoneNumber_shouldWriteFrenchNumbersAsTheFrenchDoAndOthersAsStored() {
        assertEquals("06 12 34 56 78", Formats.phoneNumber("+33612345678"));
        assertEquals("01 23 45 67 89", Formats.phoneNumber("+33123456789"));
        assertEquals("+442079460958", Formats.phoneNumber("+442079460958"));
        assertEquals("", Formats.phoneNumber(null));
    }

    @Test
    void address_shouldPutTheTownOnTheLastLine() {
        var formats = new Formats();
        assertEquals("12 rue des Lilas\nBât. B\n75011 Paris",
                formats.address("12 rue des Lilas\nBât. B", "75011", "Paris"));
        assertEquals("Paris", formats.address(null, null, "Paris"));
        assertEquals("12 rue des Lilas", formats.address("12 rue des Lilas", null, null));
    }
}
