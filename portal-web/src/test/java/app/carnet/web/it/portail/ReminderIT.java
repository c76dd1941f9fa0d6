package app.carnet.web.it.portail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.shared.Dates;
import app.carnet.web.it.BookingPages;
import app.carnet.web.it.Eventually;
import app.carnet.web.it.Mailbox;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reminders go the configured number of hours before, once, with the calendar file: not again from a second
 * server on the same database, nor after that server restarts; never for a cancelled appointment, nor for one
 * booked within the delay (its confirmation has just gone).
 */
class ReminderIT extends BookingPages {

    private static final String PASSWORD = "qu'on me le rappelle";

    @Test
    void reminder_shouldGoOnceForAConfirmedAppointment_evenWithTwoServers() throws Exception {
        String email = uniqueEmail("rappel");
        var mailbox = new Mailbox(env.mail());
        loginAsOwner();
        String service = setUpBooking("INSTANT", 0);
        open("/cabinet/prestations.xhtml");
        type("form:reminderHours", "72");
        clickAjax("form:save-policy");
        assertTrue(text("messages").contains("sont enregistrés"),
                "saved again as shown, hours included: " + pageText());
        long client = createClient("Rappelée", "Rita", email, "07/07/1977");
        LocalDate tomorrow = Dates.today(Clock.systemUTC()).plusDays(1);
        bookFor(client, service, tomorrow, "10h");
        bookFor(client, service, tomorrow, "16h");
        bookFor(client, service, tomorrow.plusDays(1), "10h");
        mailbox.awaitMessage(email, 4);
        assertTrue(reminders(mailbox, email).isEmpty(),
                "booked within the 72 hours: no reminder on top of the confirmation");

        browser.manage().deleteAllCookies();
        activate(Mailbox.firstLink(mailbox.messagesTo(email).get(0)), PASSWORD);
        loginAsClient(email, PASSWORD);
        open("/portail/rendez-vous.xhtml");
        find("form:next:1:cancel").click();
        clickAjax(find("form:confirm-yes"));
        assertTrue(text("messages").contains("Le rendez-vous est annulé."), text("messages"));
        mailbox.awaitMessage(email, 5);
        MimeMessage reminder;
        try (var second = env.startAnotherServer()) {
            // Due once both servers run (as if booked a week ago): both look for them every 2 s
            env.update("UPDATE appointment SET changed_at = changed_at - INTERVAL 7 DAY, "
                    + "created_at = created_at - INTERVAL 7 DAY WHERE client_id = ?", client);
            reminder = awaitReminders(mailbox, email, 2).get(0);
            allowThreeRunsOfEachTimer(mailbox, email);
        }
        try (var restarted = env.startAnotherServer()) {
            allowThreeRunsOfEachTimer(mailbox, email);
        }
        var sent = reminders(mailbox, email);
        assertEquals(2, sent.size(), "one reminder for each confirmed appointment, none for the cancelled one: "
                + sent.stream().map(Mailbox::subject).toList());
        assertTrue(reminder.getSubject().startsWith("Rappel : rendez-vous le "), reminder.getSubject());
        assertTrue(Mailbox.text(reminder).contains(service), Mailbox.text(reminder));
        assertEquals("0", Mailbox.calendarEvent(reminder, "REQUEST")
                .getProperty(net.fortuna.ical4j.model.Property.SEQUENCE).orElseThrow().getValue());
        assertEquals(2, env.queryLong("SELECT COUNT(*) FROM appointment WHERE client_id = ? "
                + "AND reminder_sent_at IS NOT NULL", client));
        assertEquals(0, env.queryLong("SELECT COUNT(*) FROM appointment WHERE client_id = ? AND status = 'CANCELLED' "
                + "AND reminder_sent_at IS NOT NULL", client));
    }

    private static List<MimeMessage> reminders(Mailbox mailbox, String email) throws Exception {
        return mailbox.messagesTo(email).stream().filter(m -> Mailbox.subject(m).startsWith("Rappel")).toList();
    }

    private static List<MimeMessage> awaitReminders(Mailbox mailbox, String email, int count) throws Exception {
        var sent = Eventually.until(Duration.ofSeconds(60), () -> reminders(mailbox, email), r -> r.size() >= count);
        if (sent.size() < count) {
            throw new AssertionError("Fewer than " + count + " reminders to " + email);
        }
        return sent;
    }

    /**
     * Gives every running server's timer three more runs (every 2 s) in which to send a reminder again, and stops at
     * the first one that does. A run that sends nothing leaves no trace outside its server, and a reminder made due on
     * purpose would go to whichever server looks first, so nothing can tell that each server has looked: the window
     * itself is the proof, and only a duplicate ends it early.
     */
    private static void allowThreeRunsOfEachTimer(Mailbox mailbox, String email) throws Exception {
        Eventually.until(Duration.ofSeconds(6), () -> reminders(mailbox, email), r -> r.size() > 2);
    }
}
