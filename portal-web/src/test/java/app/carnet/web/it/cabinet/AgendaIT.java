package app.carnet.web.it.cabinet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.shared.Dates;
import app.carnet.web.it.BookingPages;
import app.carnet.web.it.Mailbox;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

/**
 * The practitioner's agenda in a real browser: a request from the portal accepted, an appointment booked from the
 * client's file, moved by drag and drop (the client's calendar follows), marked as missed; time blocked, which
 * the portal no longer offers; bad input refused.
 */
class AgendaIT extends BookingPages {

    private static final String PASSWORD = "mon agenda est plein";

    @Test
    void owner_shouldRunTheAgenda() throws Exception {
        String email = uniqueEmail("agenda");
        var mailbox = new Mailbox(env.mail());
        loginAsOwner();
        String service = setUpBooking("REQUEST", 0);
        long offering = env.queryLong("SELECT id FROM offering WHERE name = ?", service);
        long client = createClient("Agendée", "Ariane", email, "05/05/1985");
        LocalDate monday = monday(6);

        // A request from the portal, on Tuesday at 9 h
        String link = Mailbox.firstLink(mailbox.awaitMessage(email, 1));
        browser.manage().deleteAllCookies();
        activate(link, PASSWORD);
        loginAsClient(email, PASSWORD);
        open("/portail/reserver.xhtml?prestation=" + offering + "&creneau=" + monday.plusDays(1) + "T09:00");
        submit("form:confirm");
        assertTrue(text("messages").contains("Votre demande est envoyée"), text("messages"));
        assertTrue(mailbox.awaitMessage(email, 2).getSubject().startsWith("Demande de rendez-vous reçue"));
        open("/portail/reserver.xhtml?prestation=" + offering + "&creneau=" + monday.plusDays(4) + "T09:00");
        submit("form:confirm");
        mailbox.awaitMessage(email, 3);

        browser.manage().deleteAllCookies();
        loginAsOwner();
        open("/cabinet/agenda.xhtml");
        assertTrue(text("form:requests").contains("Agendée"), text("form:requests"));
        clickAjax("form:request:0:accept");
        assertTrue(text("messages").contains("La demande est acceptée"), text("messages"));
        var accepted = mailbox.awaitMessage(email, 4);
        assertTrue(accepted.getSubject().startsWith("Rendez-vous accepté le "), accepted.getSubject());
        Mailbox.calendarEvent(accepted, "REQUEST");
        clickAjax("form:request:0:decline"); // the Friday one, now first
        assertTrue(text("messages").contains("La demande est refusée"), text("messages"));
        var declined = mailbox.awaitMessage(email, 5);
        assertTrue(declined.getSubject().startsWith("Demande de rendez-vous non retenue"), declined.getSubject());
        Mailbox.calendarEvent(declined, "CANCEL");

        // Booked from the file, on Wednesday at 14 h; bad input first
        open("/cabinet/clients/fiche.xhtml?id=" + client);
        submit("book");
        assertTrue(text("for-client").contains("Ariane Agendée"), text("for-client"));
        String wednesday = monday.plusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/uuuu"));
        pick("form:offering", service);
        type("form:day", wednesday);
        type("form:time", "25h00");
        clickAjax("form:book");
        assertTrue(pageText().contains("Saisissez une heure comme 14h30 ou 9h."), pageText());
        type("form:time", "9h30");
        type("form:day", monday.plusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/uuuu")));
        clickAjax("form:book");
        assertTrue(text("messages").contains("Ce moment est déjà occupé"),
                "over the accepted request: " + text("messages"));
        type("form:day", wednesday);
        type("form:time", "14h");
        clickAjax("form:book");
        assertTrue(text("messages").contains("Le rendez-vous est enregistré"), text("messages"));
        var booked = Mailbox.calendarEvent(mailbox.awaitMessage(email, 6), "REQUEST");
        assertEquals("0", booked.getProperty(Property.SEQUENCE).orElseThrow().getValue());

        // The week of those appointments, one dragged an hour later
        open("/cabinet/agenda.xhtml?semaine=" + monday);
        var events = agendaEvents("Agendée");
        assertEquals(2, events.stream().filter(e -> e.getText().contains("Agendée")).count(),
                "the two appointments: " + find("form:schedule").getText());
        var wednesdayEvent = events.stream().filter(e -> e.getText().contains("14:00")).findFirst().orElseThrow(
                () -> new AssertionError(events.stream().map(e -> e.getText()).toList().toString()));
        int slotHeight = browser.findElement(By.cssSelector("#form\\:schedule .fc-timegrid-slot")).getSize()
                .getHeight();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", wednesdayEvent);
        new Actions(browser).clickAndHold(wednesdayEvent).moveByOffset(0, 10).moveByOffset(0, slotHeight * 4 - 10)
                .release().perform();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .until(d -> text("messages").contains("Le rendez-vous est déplacé"));
        var moved = Mailbox.calendarEvent(mailbox.awaitMessage(email, 7), "REQUEST");
        assertEquals("1", moved.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals(monday.plusDays(2).atTime(15, 0).atZone(Dates.PARIS).toInstant(),
                ((java.time.ZonedDateTime) moved.getDateTimeStart().getDate()).toInstant(), "an hour later");

        // What became of it: not done yet, but cancelled late by the client (its time goes free)
        clickAjax(agendaEvents("15:00").get(0));
        assertTrue(text("selected-facts").contains(service), text("form:selected"));
        assertTrue(browser.findElements(By.id("form:done")).isEmpty(), "not done before it starts");
        clickAjax("form:late");
        assertTrue(text("messages").contains("C'est noté."), text("messages"));
        assertEquals(1,
                env.queryLong("SELECT COUNT(*) FROM appointment WHERE client_id = ? AND status = 'CANCELLED_LATE'",
                        client));

        // Blocked time is no longer offered in the portal
        type("form:blockDay", monday.plusDays(3).format(DateTimeFormatter.ofPattern("dd/MM/uuuu")));
        type("form:blockFrom", "8h");
        type("form:blockTo", "7h");
        clickAjax("form:block-time");
        assertTrue(pageText().contains("La fin doit suivre le début."), pageText());
        type("form:blockTo", "12h");
        clickAjax("form:block-time");
        assertTrue(text("messages").contains("Le créneau est bloqué."), text("messages"));
        assertEquals(1, env.queryLong("SELECT COUNT(*) FROM appointment WHERE status = 'BLOCKED' AND starts_at = ?",
                monday.plusDays(3).atTime(8, 0).atZone(Dates.PARIS).toInstant().atZone(java.time.ZoneOffset.UTC)
                        .toLocalDateTime()));
        browser.manage().deleteAllCookies();
        loginAsClient(email, PASSWORD);
        open("/portail/reserver.xhtml?prestation=" + offering + "&creneau=" + monday.plusDays(3) + "T10:00");
        submit("form:confirm");
        assertTrue(text("messages").contains("Ce créneau vient d'être pris"), text("messages"));
    }
}
