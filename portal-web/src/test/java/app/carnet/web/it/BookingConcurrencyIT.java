package app.carnet.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
    private static final Pattern VIEW_STATE = Pattern.compile("jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's CSP nonce, which PrimeFaces' script adds to every form it submits. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"form\"[^>]*action=\"([^\"]+)\"");

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
        var sessions = new ArrayList<String>();
        for (String email : emails) {
            String link = Mailbox.firstLink(mailbox.awaitMessage(email, 1));
            browser.manage().deleteAllCookies();
            activate(link, "chacun veut ce créneau");
            for (int i = 0; i < SESSIONS_EACH; i++) {
                browser.manage().deleteAllCookies();
                loginAsClient(email, "chacun veut ce créneau");
                sessions.add(browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
            }
        }
        browser.manage().deleteAllCookies();

        String slot = monday(3) + "T10:00";
        String page = env.baseUrl() + "portail/reserver.xhtml?prestation=" + offering + "&creneau=" + slot;
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30))
                .build();
        var posts = new ArrayList<HttpRequest>();
        for (String cookie : sessions) {
            {
                String html = http.send(HttpRequest.newBuilder(URI.create(page)).header("Cookie", cookie).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                var state = VIEW_STATE.matcher(html);
                var action = FORM_ACTION.matcher(html);
                var nonce = NONCE.matcher(html);
                assertTrue(state.find() && action.find() && nonce.find() && html.contains("form:confirm"),
                        "the confirmation page: " + html);
                String form = "form=form&form%3Aconfirm=&jakarta.faces.ViewState="
                        + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8) + "&primefaces.nonce="
                        + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8);
                posts.add(HttpRequest.newBuilder(URI.create(env.baseUrl()).resolve(action.group(1).replace("&amp;", "&")))
                        .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            }
        }

        var start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(posts.size())) {
            for (HttpRequest post : posts) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return http.send(post, HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            int booked = 0;
            int taken = 0;
            var others = new ArrayList<String>();
            for (var answer : answers) {
                var response = answer.get();
                if (response.statusCode() / 100 == 3
                        && response.headers().firstValue("Location").orElse("").contains("/portail/rendez-vous.xhtml")) {
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
            assertEquals(posts.size() - 1, taken, "every other one is told the slot has just been taken");
        }
        assertEquals(1, env.queryLong("SELECT COUNT(*) FROM appointment WHERE offering_id = ? AND status = 'CONFIRMED'",
                offering));
        assertEquals(12, env.queryLong("SELECT COUNT(*) FROM slot_hold h JOIN appointment a ON a.id = h.appointment_id "
                + "WHERE a.offering_id = ?", offering), "an hour is twelve units of five minutes");
    }
}
