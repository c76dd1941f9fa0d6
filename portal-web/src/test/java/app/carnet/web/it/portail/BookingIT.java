package app.carnet.web.it.portail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.shared.Dates;
import app.carnet.web.it.BookingPages;
import app.carnet.web.it.Mailbox;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Online booking in the portal, in a real browser: the owner sets the hours and a service; a client books a free
 * slot, moves it and cancels it, and each email carries the appointment's calendar file (same UID, growing
 * SEQUENCE, REQUEST then CANCEL); a slot in the past or outside the opening hours books nothing.
 */
class BookingIT extends BookingPages {

    private static final String PASSWORD = "un rendez-vous bien pris";

    @Test
    void client_shouldBookMoveAndCancel_withACalendarFileInEachEmail() throws Exception {
        String email = uniqueEmail("resa");
        var mailbox = new Mailbox(env.mail());
        loginAsOwner();
        String service = setUpBooking("INSTANT", 0);
        type("form:hours-monday", "9h-12h, 11h-14h");
        clickAjax("form:save-policy");
        assertTrue(pageText().contains("sans chevauchement"), pageText());
        createClient("Réservante", "Rose", email, "03/03/1983");
        String link = Mailbox.firstLink(mailbox.awaitMessage(email, 1));
        browser.manage().deleteAllCookies();
        activate(link, PASSWORD);
        loginAsClient(email, PASSWORD);

        open("/portail/index.xhtml");
        submit("appointments-link");
        submit("book");
        clickAjax(browser.findElement(By.xpath("//button[contains(., '" + service + "')]")));
        clickAjax("form:next-week");
        var slots = browser.findElements(By.cssSelector("button.slot"));
        assertTrue(slots.size() > 20, "every day of next week from 7 h to 20 h: " + slots.size());
        LocalDateTime first = LocalDateTime.parse(slots.get(0).getAttribute("data-slot"));
        LocalDateTime second = LocalDateTime.parse(slots.get(3).getAttribute("data-slot"));
        clickAjax(slots.get(0));
        assertTrue(pageText().contains("Confirmer le rendez-vous"), "the slot is chosen: " + pageText());
        String confirmation = text("chosen");
        assertTrue(confirmation.contains(service) && confirmation.contains("55,50 €"), confirmation);
        submit("form:confirm");
        assertEquals("/portail/rendez-vous.xhtml", path());
        assertTrue(text("messages").contains("Votre rendez-vous est confirmé"), text("messages"));
        assertTrue(text("upcoming").contains(service), text("upcoming"));

        MimeMessage confirmed = mailbox.awaitMessage(email, 2);
        assertTrue(confirmed.getSubject().startsWith("Rendez-vous confirmé le "), confirmed.getSubject());
        VEvent booked = Mailbox.calendarEvent(confirmed, "REQUEST");
        String uid = booked.getUid().orElseThrow().getValue();
        assertEquals("0", booked.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals(first.atZone(Dates.PARIS).toInstant(), start(booked));

        submit("form:next:0:move");
        assertTrue(pageText().contains("Vous déplacez"), pageText());
        clickAjax("form:next-week");
        assertEquals(1, browser.findElements(By.cssSelector("button.slot[data-slot='" + first + "']")).size(),
                "moving it, its own time counts as free");
        clickAjax(browser.findElement(By.cssSelector("button.slot[data-slot='" + second.toString() + "']")));
        submit("form:confirm");
        assertTrue(text("messages").contains("Votre rendez-vous est déplacé."), text("messages"));
        MimeMessage moved = mailbox.awaitMessage(email, 3);
        assertTrue(moved.getSubject().startsWith("Rendez-vous déplacé au "), moved.getSubject());
        VEvent change = Mailbox.calendarEvent(moved, "REQUEST");
        assertEquals(uid, change.getUid().orElseThrow().getValue());
        assertEquals("1", change.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals(second.atZone(Dates.PARIS).toInstant(), start(change));

        LocalDate yesterday = Dates.today(java.time.Clock.systemUTC()).minusDays(1);
        for (var refused : java.util.Map.of(yesterday + "T10:00", "Ce créneau est déjà passé.",
                second.toLocalDate() + "T21:30", "Le cabinet n'est pas ouvert à ce moment-là.",
                second.toString(), "Ce créneau vient d'être pris").entrySet()) {
            open("/portail/reserver.xhtml?prestation="
                    + env.queryLong("SELECT id FROM offering WHERE name = ?", service)
                    + "&creneau=" + refused.getKey());
            submit("form:confirm");
            assertTrue(text("messages").contains(refused.getValue()), refused.getKey() + ": " + text("messages"));
        }
        assertEquals(1, env.queryLong("SELECT COUNT(*) FROM appointment a JOIN offering o ON o.id = a.offering_id "
                + "WHERE o.name = ?", service), "nothing else was booked");

        open("/portail/rendez-vous.xhtml");
        find("form:next:0:cancel").click();
        clickAjax(find("form:confirm-yes"));
        assertTrue(text("messages").contains("Le rendez-vous est annulé."), text("messages"));
        MimeMessage cancelled = mailbox.awaitMessage(email, 4);
        VEvent gone = Mailbox.calendarEvent(cancelled, "CANCEL");
        assertEquals(uid, gone.getUid().orElseThrow().getValue());
        assertEquals("2", gone.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertFalse(text("upcoming").contains("Déplacer"), "a cancelled appointment cannot be moved");
        assertEquals(0, env.queryLong("SELECT COUNT(*) FROM slot_hold h JOIN appointment a ON a.id = h.appointment_id "
                + "JOIN offering o ON o.id = a.offering_id WHERE o.name = ?", service), "its time is free again");
    }

    @Test
    void notices_shouldBeKept() throws Exception {
        String email = uniqueEmail("presse");
        var mailbox = new Mailbox(env.mail());
        loginAsOwner();
        String service = setUpBooking("INSTANT", 720);
        long offering = env.queryLong("SELECT id FROM offering WHERE name = ?", service);
        type("form:bookNoticeHours", "48");
        clickAjax("form:save-policy");
        assertTrue(text("messages").contains("sont enregistrés"), pageText());
        createClient("Pressée", "Paule", email, "04/04/1984");
        browser.manage().deleteAllCookies();
        activate(Mailbox.firstLink(mailbox.awaitMessage(email, 1)), PASSWORD);
        loginAsClient(email, PASSWORD);
        LocalDate tomorrow = Dates.today(java.time.Clock.systemUTC()).plusDays(1);
        open("/portail/reserver.xhtml?prestation=" + offering + "&creneau=" + tomorrow + "T20:00");
        submit("form:confirm");
        assertTrue(text("messages").contains("Ce créneau est trop proche"), text("messages"));
        open("/portail/reserver.xhtml?prestation=" + offering + "&creneau=" + monday(4) + "T10:00");
        submit("form:confirm");
        assertTrue(text("messages").contains("Votre rendez-vous est confirmé"), text("messages"));
        assertTrue(text("upcoming").contains("Le délai pour le déplacer ou l'annuler en ligne est passé"),
                "720 hours' notice to cancel: " + text("upcoming"));
        assertTrue(browser.findElements(org.openqa.selenium.By.id("form:next:0:cancel")).isEmpty(), "no cancel button");
    }

    private static java.time.Instant start(VEvent event) {
        return ((ZonedDateTime) event.getDateTimeStart().getDate()).toInstant();
    }
}
