package app.carnet.web.it.portail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.shared.Dates;
import app.carnet.web.it.BookingPages;
import app.carnet.web.it.Mailbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Booking under load ({@code ./mvnw -Pbench verify -Dit.test=BookingBenchmark}; 50 clients by default,
 * {@code -Dcarnet.bench.booking.clients=…}), on the embedded MariaDB of the test environment: clients logged in
 * over HTTP, all at once, each look at the free slots of the next 8 weeks (a page per week, the slots computed by
 * the server), then each books one of the slots it saw, all at once. It prints the median, the 95th percentile
 * and the slowest answer of each, with the errors (a slot taken meanwhile is not one), writes them to
 * {@code target/bench/booking.txt}, and checks that no two appointments overlap, never how fast.
 */
class BookingBenchmark extends BookingPages {

    private static final Pattern SLOT = Pattern.compile("data-slot=\"([0-9T:-]+)\"");

    @Test
    void booking_shouldBeMeasuredUnderConcurrentClients() throws Exception {
        int clients = Integer.getInteger("carnet.bench.booking.clients", 50);
        var mailbox = new Mailbox(env.mail());
        loginAsOwner();
        String service = setUpBooking("INSTANT", 0);
        long offering = env.queryLong("SELECT id FROM offering WHERE name = ?", service);
        var emails = new ArrayList<String>();
        for (int i = 0; i < clients; i++) {
            emails.add(uniqueEmail("charge" + i));
            createClient("Charge" + i, "Client", emails.get(i), "01/01/1990");
        }
        var sessions = new ArrayList<PortalSession>();
        for (String email : emails) {
            var session = new PortalSession(env.baseUrl());
            session.activateAndLogIn(Mailbox.firstLink(mailbox.awaitMessage(email, 1)), email, "une charge de clients");
            sessions.add(session);
        }

        LocalDate monday = Dates.today(Clock.systemUTC()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var weekTimes = new ConcurrentLinkedQueue<Long>();
        var bookTimes = new ConcurrentLinkedQueue<Long>();
        var errors = new ConcurrentLinkedQueue<String>();
        var seen = new ArrayList<List<String>>();
        sessions.forEach(s -> seen.add(Collections.synchronizedList(new ArrayList<>())));
        all(sessions, i -> {
            for (int week = 0; week < 8; week++) {
                long start = System.nanoTime();
                var page = sessions.get(i).get("portail/reserver.xhtml?prestation=" + offering + "&semaine="
                        + monday.plusWeeks(week));
                weekTimes.add(System.nanoTime() - start);
                if (page.statusCode() != 200 || !page.body().contains("week-of")) {
                    errors.add("week " + week + ": " + page.statusCode());
                }
                SLOT.matcher(page.body()).results().map(m -> m.group(1)).forEach(seen.get(i)::add);
            }
        });
        var booked = new AtomicInteger();
        var taken = new AtomicInteger();
        var random = new Random(42);
        var wanted = seen.stream().map(s -> s.get(random.nextInt(Math.min(s.size(), 40)))).toList();
        all(sessions, i -> {
            var session = sessions.get(i);
            var confirmation = session
                    .get("portail/reserver.xhtml?prestation=" + offering + "&creneau=" + wanted.get(i));
            long start = System.nanoTime();
            var answer = session.submit(confirmation, "form:confirm", Map.of());
            bookTimes.add(System.nanoTime() - start);
            if (answer.statusCode() / 100 == 3
                    && answer.headers().firstValue("Location").orElse("").contains("/portail/rendez-vous.xhtml")) {
                booked.incrementAndGet();
            } else if (answer.statusCode() == 200 && answer.body().contains("Ce créneau vient d")) {
                taken.incrementAndGet();
            } else {
                errors.add("booking: " + answer.statusCode());
            }
        });

        var report = List.of(
                String.format(Locale.ROOT, "%d clients at once, on the embedded MariaDB", clients),
                line("free slots of a week (8 weeks each)", weekTimes),
                line("booking a slot", bookTimes),
                String.format(Locale.ROOT, "booked %d, slot taken meanwhile %d, errors %d %s", booked.get(),
                        taken.get(),
                        errors.size(), errors.stream().limit(5).toList()));
        report.forEach(System.out::println);
        Path out = Path.of("target", "bench", "booking.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);

        assertEquals(List.of(), List.copyOf(errors));
        assertEquals(clients, booked.get() + taken.get());
        assertEquals(booked.get(), env.queryLong("SELECT COUNT(*) FROM appointment WHERE offering_id = ?", offering));
        assertEquals(0, env.queryLong("SELECT COUNT(*) FROM appointment a JOIN appointment b ON a.id < b.id "
                + "AND a.practitioner_id = b.practitioner_id AND a.starts_at < b.held_until AND b.starts_at < a.held_until "
                + "WHERE a.status = 'CONFIRMED' AND b.status = 'CONFIRMED'"), "no two appointments overlap");
        assertTrue(booked.get() > 0);
    }

    private interface ClientWork {
        void run(int client) throws Exception;
    }

    /** Every client does its work at the same moment, each in its own thread. */
    private static void all(List<PortalSession> sessions, ClientWork work) throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(sessions.size())) {
            var done = new ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < sessions.size(); i++) {
                int client = i;
                done.add(pool.submit(() -> {
                    start.await();
                    work.run(client);
                    return null;
                }));
            }
            start.countDown();
            for (var future : done) {
                future.get();
            }
        }
    }

    private static String line(String what, java.util.Collection<Long> nanos) {
        var sorted = nanos.stream().sorted().toList();
        return String.format(Locale.ROOT, "%-40s n=%4d  p50 %5d ms  p95 %5d ms  max %5d ms", what, sorted.size(),
                sorted.get(sorted.size() / 2) / 1_000_000,
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1_000_000,
                sorted.get(sorted.size() - 1) / 1_000_000);
    }
}
