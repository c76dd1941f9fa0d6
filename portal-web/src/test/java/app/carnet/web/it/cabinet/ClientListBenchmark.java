package app.carnet.web.it.cabinet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.demo.DemoData;
import app.carnet.web.it.BrowserTest;
import app.carnet.web.it.DemoServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * How the client list and its search answer with many files ({@code ./mvnw -Pbench verify}; 10,000 by default,
 * {@code -Dcarnet.bench.clients=…}): a Carnet of its own in demonstration mode writes the files through the usual
 * services (sealed, indexed, journaled), then a real browser times, end to end, the first page, the next page, and
 * searches by the start of a name, an email address and a phone number. It prints the median and the 95th percentile
 * and writes them to {@code target/bench/client-list.txt}; it checks what is found, never how fast (the machines are
 * shared: read the numbers, compare runs on the same machine).
 */
class ClientListBenchmark {

    private static final int ROUNDS = 20;

    private WebDriver browser;

    @Test
    void clientList_shouldBeMeasuredWithManyFiles() throws Exception {
        int clients = Integer.getInteger("carnet.bench.clients", 10_000);
        var report = new ArrayList<String>();
        try (var server = DemoServer.start(clients)) {
            browser = BrowserTest.chromium();
            server.enrolOwner(browser, Duration.ofSeconds(30));
            long loading = System.nanoTime();
            // The owner's first visit to the dashboard writes the files: minutes, longer than a browser waits.
            var dashboard = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                    + "cabinet/index.xhtml")).timeout(Duration.ofHours(1))
                    .header("Cookie", browser.manage().getCookies()
                            .stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; ")))
                    .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(200, dashboard.statusCode());
            browser.get(server.baseUrl() + "cabinet/index.xhtml");
            report.add(String.format(Locale.ROOT, "%d client files written through the services in %d s", clients,
                    (System.nanoTime() - loading) / 1_000_000_000));
            assertEquals(
                    String.format(Locale.FRANCE, "%,d clients", clients).replace('\u202f', ' ').replace('\u00a0', ' '),
                    browser.findElement(By.id("client-count")).getText().replace('\u202f', ' ').replace('\u00a0', ' '));

            String list = server.baseUrl() + "cabinet/clients/index.xhtml";
            report.add(measure("first page of the list (page load)", () -> {
            }, () -> {
                browser.get(list);
                return rows();
            }, 25));
            report.add(measure("next page (ajax)", () -> {
            }, () -> {
                click(browser.findElement(By.cssSelector("#form\\:clients .ui-paginator-next")));
                return rows();
            }, 25));
            int probe = clients / 2; // a file of the simple kind: DemoData.writeSimple says how it is made
            String prefix = DemoData.name(probe, 3).substring(0, 3);
            report.add(measure("search by the start of a name (\"" + prefix + "\")", () -> type(prefix), this::search,
                    -1));
            report.add(measure("search by email", () -> type("client" + probe + "@exemple.test"), this::search, 1));
            report.add(measure("search by phone", () -> type(String.format(Locale.ROOT, "06 %02d %02d %02d %02d",
                    probe / 1_000_000 % 100, probe / 10_000 % 100, probe / 100 % 100, probe % 100)), this::search, 1));
        } finally {
            if (browser != null) {
                browser.quit();
            }
        }
        report.forEach(System.out::println);
        Path out = Path.of("target", "bench", "client-list.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    /**
     * Runs a step {@code ROUNDS} times (after one warm-up) and says its median and 95th percentile; what
     * {@code prepare} does (typing) is not timed.
     */
    private String measure(String step, Runnable prepare, Supplier<Integer> run, int expectedRows) {
        prepare.run();
        var _ = run.get(); // the warm-up: its rows are not checked
        var times = new ArrayList<Long>();
        for (int i = 0; i < ROUNDS; i++) {
            prepare.run();
            long start = System.nanoTime();
            int rows = run.get();
            times.add((System.nanoTime() - start) / 1_000_000);
            if (expectedRows >= 0) {
                assertEquals(expectedRows, rows, step);
            } else {
                assertTrue(rows > 0, step + " finds files");
            }
        }
        List<Long> sorted = times.stream().sorted().toList();
        return String.format(Locale.ROOT, "%-50s median %4d ms   p95 %4d ms", step, sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1));
    }

    private void type(String search) {
        var field = browser.findElement(By.id("form:search"));
        field.clear();
        field.sendKeys(search);
    }

    private int search() {
        click(browser.findElement(By.id("form:apply")));
        return rows();
    }

    private int rows() {
        List<WebElement> links = browser.findElements(By.cssSelector("#form\\:clients tbody tr td:first-child a"));
        return links.size();
    }

    private void click(WebElement control) {
        BrowserTest.clickAjax(browser, control, Duration.ofSeconds(60));
    }
}
