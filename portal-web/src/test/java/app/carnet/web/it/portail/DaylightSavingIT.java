package app.carnet.web.it.portail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.shared.Dates;
import app.carnet.web.it.BookingPages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The clock changes, on MariaDB and in the browser: the practice open at night across every change of the coming
 * year. In spring, 2:00 to 3:00 has no slot and cannot be booked; an hour from 1:30 ends at 3:30 and is stored as
 * one hour; an appointment dragged from Saturday 10:00 to Sunday stays at 10:00. In autumn, the repeated hour is
 * offered once; an hour from 2:00 (summer time) ends at 2:00 (winter time), and 3:00 is free after it.
 */
class DaylightSavingIT extends BookingPages {

    @Test
    void clockChanges_shouldNeitherInventNorDoubleSlots() throws Exception {
        loginAsOwner();
        String service = setUpBooking("INSTANT", 0);
        open("/cabinet/prestations.xhtml");
        for (var day : java.time.DayOfWeek.values()) {
            type("form:hours-" + day.name().toLowerCase(java.util.Locale.ROOT), "0h-5h");
        }
        type("form:horizonDays", "366");
        clickAjax("form:save-policy");
        assertTrue(text("messages").contains("sont enregistrés"), pageText());
        long offering = env.queryLong("SELECT id FROM offering WHERE name = ?", service);
        long client = createClient("Horloge", "Hugo", uniqueEmail("horloge"), "10/10/1990");

        // Every clock change within the booking horizon, from tomorrow (at least one, both within a year)
        var rules = Dates.PARIS.getRules();
        Instant from = Instant.now().plus(java.time.Duration.ofDays(1));
        Instant horizon = Instant.now().plus(java.time.Duration.ofDays(365));
        var checked = new java.util.ArrayList<String>();
        for (var change = rules.nextTransition(from); change.getInstant()
                .isBefore(horizon); change = rules.nextTransition(change.getInstant())) {
            LocalDate day = change.getDateTimeBefore().toLocalDate();
            if (change.isGap()) {
                spring(client, service, offering, day);
            } else {
                autumn(client, service, offering, day);
            }
            checked.add(day.toString());
        }
        assertTrue(!checked.isEmpty(), "a clock change within the year");
    }

    private void spring(long client, String service, long offering, LocalDate spring) throws Exception {
        assertEquals(List.of("00:00", "00:30", "01:00", "01:30", "03:00", "03:30", "04:00"), slots(offering, spring),
                "no slot between 2:00 and 3:00");
        bookFor(client, service, spring, "1h30");
        assertEquals(1, env.queryLong("SELECT COUNT(*) FROM appointment WHERE client_id = ? AND starts_at = ? "
                + "AND ends_at = ?", client, utc(spring.atTime(1, 30)), utc(spring.atTime(3, 30))),
                "stored in UTC, an hour long");
        assertEquals(List.of("00:00", "00:30", "03:30", "04:00"), slots(offering, spring), "1:30 to 3:30 is taken");
        open("/cabinet/agenda.xhtml?client=" + client);
        pick("form:offering", service);
        type("form:day", spring.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")));
        type("form:time", "2h30");
        clickAjax("form:book");
        assertTrue(text("messages").contains("Cette heure n'existe pas ce jour-là"), text("messages"));

        // Dragged from Saturday 10:00 to the Sunday of the change, it is at 10:00 on Sunday (23 hours later)
        bookFor(client, service, spring.minusDays(1), "10h");
        open("/cabinet/agenda.xhtml?semaine=" + spring);
        var saturday = agendaEvents("10:00").get(0);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", saturday);
        int column = browser.findElement(By.cssSelector("#form\\:schedule td.fc-timegrid-col.fc-day")).getSize()
                .getWidth();
        new org.openqa.selenium.interactions.Actions(browser).clickAndHold(saturday).moveByOffset(10, 0)
                .moveByOffset(column - 10, 0).release().perform();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .until(d -> !text("messages").isBlank());
        assertTrue(text("messages").contains("Le rendez-vous est déplacé"), text("messages"));
        assertEquals(1, env.queryLong("SELECT COUNT(*) FROM appointment WHERE client_id = ? AND starts_at = ?", client,
                utc(spring.atTime(10, 0))), "10:00 in Paris on the day of the change, not 11:00");
    }

    private void autumn(long client, String service, long offering, LocalDate autumn) throws Exception {
        assertEquals(List.of("00:00", "00:30", "01:00", "01:30", "02:00", "02:30", "03:00", "03:30", "04:00"),
                slots(offering, autumn), "the repeated hour once");
        bookFor(client, service, autumn, "2h");
        Instant twoInSummerTime = autumn.atTime(2, 0).atOffset(ZoneOffset.ofHours(2)).toInstant();
        assertEquals(1, env.queryLong("SELECT COUNT(*) FROM appointment WHERE client_id = ? AND starts_at = ? "
                + "AND ends_at = ?", client, LocalDateTime.ofInstant(twoInSummerTime, ZoneOffset.UTC),
                LocalDateTime.ofInstant(twoInSummerTime.plusSeconds(3600), ZoneOffset.UTC)));
        assertEquals(List.of("00:00", "00:30", "01:00", "03:00", "03:30", "04:00"), slots(offering, autumn),
                "2:00 to 2:00 again is taken (1:30 and 2:30 would run into it); 1:00 ends as it starts, 3:00 after it");
    }

    /** The free slots of a day as the booking page shows them (Paris times). */
    private List<String> slots(long offering, LocalDate day) {
        open("/portail/reserver.xhtml?prestation=" + offering + "&creneau=" + day + "T00:00");
        clickAjax("form:unpick");
        return browser.findElements(By.cssSelector("button.slot[data-slot^='" + day + "T']")).stream()
                .map(b -> b.getAttribute("data-slot").substring(11)).toList();
    }

    private static LocalDateTime utc(LocalDateTime paris) {
        return LocalDateTime.ofInstant(paris.atZone(Dates.PARIS).toInstant(), ZoneOffset.UTC);
    }
}
