package app.carnet.web.it.portail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BookingPages;
import app.carnet.web.it.Mailbox;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two bookings never overlap, whatever the concurrency: several clients, each logged in on several devices open on
 * the same slot, confirm at the same moment; exactly one appointment is booked, holding exactly its hour, and every other
 * client is told the slot has just been taken.
 */
class BookingConcurrencyIT extends BookingPages {

    private static final int CLIENTS = 3;
    /** Each client is logged in this many times (a session per confirmation, as from so many devices). */
    private static final int SESSIONS_EACH = 6;
    private static final String PASSWORD = "chacun veut ce créneau";

    @Test
    void manyConfirmationsOfOneSlot_shouldBookExactlyOne() throws Exception {
        var mailbox = new Mailbox(env.mail());
        loginAsOwner();
        String service = setUpBooking("INSTANT", 0);
        long offering = env.queryLong("SELECT id FROM offering WHERE name = ?", service);
        var emails = new ArrayList<String>();
        for (int i = 0; i < CLIENTS; i++) {
            emails.add(uniqueEmail("course" + i));
            createClient("Concurrent" + (char) ('A' + i), "Client", emails.get(i), "0" + (i + 1) + "/02/1990");
        }
        var sessions = new ArrayList<PortalSession>();
        for (String email : emails) {
            new PortalSession(env.baseUrl()).activate(Mailbox.firstLink(mailbox.awaitMessage(email, 1)), PASSWORD);
            for (int i = 0; i < SESSIONS_EACH; i++) {
                var session = new PortalSession(env.baseUrl());
                session.logIn(email, PASSWORD);
                sessions.add(session);
            }
        }

        String page = "portail/reserver.xhtml?prestation=" + offering + "&creneau=" + monday(3) + "T10:00";
        var confirmations = new ArrayList<HttpResponse<String>>();
        for (PortalSession session : sessions) {
            var confirmation = session.get(page);
            assertTrue(confirmation.body().contains("form:confirm"), "the confirmation page: " + confirmation.body());
            confirmations.add(confirmation);
        }

        var start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(sessions.size())) {
            for (int i = 0; i < sessions.size(); i++) {
                var session = sessions.get(i);
                var confirmation = confirmations.get(i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return session.submit(confirmation, "form:confirm", Map.of());
                }));
            }
            start.countDown();
            int booked = 0;
            int taken = 0;
            var others = new ArrayList<String>();
            for (var answer : answers) {
                var response = answer.get();
                if (response.statusCode() / 100 == 3
                        && response.headers().firstValue("Location").orElse("")
                                .contains("/portail/rendez-vous.xhtml")) {
                    booked++;
                } else if (response.statusCode() == 200 && response.body().contains("Ce créneau vient d")) {
                    taken++;
                } else {
                    others.add(response.statusCode() + " " + response.headers().firstValue("Location").orElse("")
                            + " " + response.body().replaceAll("(?s).*<main[^>]*>", "").replaceAll("<[^>]+>", " ")
                                    .replaceAll("\\s+", " ").strip());
                }
            }
            assertEquals(List.of(), others, "every answer is a booking or the message that the slot was taken");
            assertEquals(1, booked, "exactly one confirmation books");
            assertEquals(sessions.size() - 1, taken, "every other one is told the slot has just been taken");
        }
        assertEquals(1, env.queryLong("SELECT COUNT(*) FROM appointment WHERE offering_id = ? AND status = 'CONFIRMED'",
                offering));
        assertEquals(12, env.queryLong("SELECT COUNT(*) FROM slot_hold h JOIN appointment a ON a.id = h.appointment_id "
                + "WHERE a.offering_id = ?", offering), "an hour is twelve units of five minutes");
    }
}
