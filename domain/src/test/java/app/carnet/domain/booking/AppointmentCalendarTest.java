package app.carnet.domain.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

class AppointmentCalendarTest {

    private static final Instant START = Instant.parse("2027-03-29T08:00:00Z"); // 10 h in Paris, summer time

    @Test
    void of_shouldWriteARequestInParisTimeThatReadsBack() throws Exception {
        String ics = AppointmentCalendar.of("abc@carnet", 0, false, START, START.plusSeconds(3600),
                Instant.parse("2027-03-01T12:00:00Z"), "Bilan — Cabinet Test", "12 rue des Lilas, Lyon", null,
                "Cabinet Test <cabinet@exemple.test>", "alice@exemple.test");
        assertTrue(ics.contains("DTSTART;TZID=Europe/Paris:20270329T100000"), ics);
        assertTrue(ics.contains("ORGANIZER:mailto:cabinet@exemple.test"),
                "the address, without its display name: " + ics);
        assertTrue(ics.contains("BEGIN:VTIMEZONE") && ics.contains("TZID:Europe/Paris"), ics);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertEquals("REQUEST", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertEquals("abc@carnet", event.getUid().orElseThrow().getValue());
        assertEquals("0", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        DtStart<ZonedDateTime> start = event.getDateTimeStart();
        assertEquals(START, start.getDate().toInstant());
        assertEquals("mailto:alice@exemple.test", event.getProperty(Property.ATTENDEE).orElseThrow().getValue());
    }

    @Test
    void of_shouldWriteACancellationWithTheSameUidAndANewSequence() throws Exception {
        String ics = AppointmentCalendar.of("abc@carnet", 2, true, START, START.plusSeconds(3600), START, "Bilan",
                null, null, "cabinet@exemple.test", "alice@exemple.test");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertEquals("CANCEL", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertEquals("abc@carnet", event.getUid().orElseThrow().getValue());
        assertEquals("2", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("CANCELLED", event.getProperty(Property.STATUS).orElseThrow().getValue());
    }
}
