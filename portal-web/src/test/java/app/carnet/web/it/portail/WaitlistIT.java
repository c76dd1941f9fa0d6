package app.carnet.web.it.portail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BookingPages;
import app.carnet.web.it.Mailbox;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The waitlist: two clients ask to be told of an earlier slot; when a third cancels, both are emailed, in the order
 * they joined, with a link to that slot; the first to take it moves there, the other is told it has gone.
 */
class WaitlistIT extends BookingPages {

    private static final String PASSWORD = "j'attends mon tour";

    @Test
    void freedSlot_shouldBeOfferedToTheWaitlistInOrder_andGoToTheFirstWhoTakesIt() throws Exception {
        var mailbox = new Mailbox(env.mail());
        String first = uniqueEmail("premiere");
        String second = uniqueEmail("second");
        String leaving = uniqueEmail("partante");
        loginAsOwner();
        String service = setUpBooking("INSTANT", 0);
        long firstId = createClient("Attente", "Agathe", first, "01/01/1981");
        long secondId = createClient("Attente", "Bruno", second, "02/02/1982");
        long leavingId = createClient("Départ", "Chloé", leaving, "03/03/1983");
        LocalDate monday = monday(2);
        bookFor(leavingId, service, monday, "9h");
        bookFor(firstId, service, monday.plusDays(2), "10h");
        bookFor(secondId, service, monday.plusDays(3), "10h");

        for (String email : new String[] {first, second}) {
            logIn(mailbox, email);
            open("/portail/rendez-vous.xhtml");
            clickAjax("form:next:0:earlier");
            assertTrue(text("messages").contains("vous recevrez un courriel si un créneau plus tôt se libère"),
                    text("messages"));
            assertTrue(text("form:waitlist").contains(service), text("form:waitlist"));
        }
        logIn(mailbox, leaving);
        open("/portail/rendez-vous.xhtml");
        find("form:next:0:cancel").click();
        clickAjax(find("form:confirm-yes"));

        MimeMessage toFirst = mailbox.awaitMessage(first, 3);
        MimeMessage toSecond = mailbox.awaitMessage(second, 3);
        assertTrue(toFirst.getSubject().startsWith("Un créneau s'est libéré le "), toFirst.getSubject());
        assertTrue(
                env.queryLong("SELECT MAX(id) FROM outgoing_email WHERE client_id = ?", firstId) < env
                        .queryLong("SELECT MAX(id) FROM outgoing_email WHERE client_id = ?", secondId),
                "the one who joined first is written to first");
        assertEquals(0, mailbox.messagesTo(leaving).stream().filter(m -> Mailbox.subject(m).startsWith("Un créneau"))
                .count(), "the one who let it go hears nothing of it");

        browser.manage().deleteAllCookies();
        loginAsClient(second, PASSWORD);
        browser.get(Mailbox.firstLink(toSecond));
        assertTrue(pageText().contains("Vous déplacez"), pageText());
        submit("form:confirm");
        assertTrue(text("messages").contains("Votre rendez-vous est déplacé."), text("messages"));

        browser.manage().deleteAllCookies();
        loginAsClient(first, PASSWORD);
        browser.get(Mailbox.firstLink(toFirst));
        submit("form:confirm");
        assertTrue(text("messages").contains("Ce créneau vient d'être pris"), text("messages"));
        open("/portail/rendez-vous.xhtml");
        assertTrue(text("form:waitlist").contains(service), "still waiting: " + pageText());
        assertEquals(0, env.queryLong("SELECT COUNT(*) FROM waitlist_entry WHERE client_id = ?", secondId),
                "the one who moved waits no more");
    }

    private void logIn(Mailbox mailbox, String email) throws Exception {
        browser.manage().deleteAllCookies();
        activate(Mailbox.firstLink(mailbox.messagesTo(email).get(0)), PASSWORD);
        loginAsClient(email, PASSWORD);
    }
}
