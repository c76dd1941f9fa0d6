package app.carnet.web.it;

import app.carnet.domain.demo.DemoData;
import app.carnet.domain.security.CarnetKeys;
import app.carnet.web.dev.CarnetProcess;
import app.carnet.web.dev.FreePorts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Carnet of its own in demonstration mode ({@code CARNET_DEMO=true}) on a new, empty database: what
 * {@code ./mvnw -Prun -Dcarnet.demo=true} starts, for the demonstration test and the client-list benchmark.
 */
public final class DemoServer implements AutoCloseable {

    private final TestDatabase.Account account;
    private final CarnetProcess server;

    private DemoServer(TestDatabase.Account account, CarnetProcess server) {
        this.account = account;
        this.server = server;
    }

    /** @param clients how many client files the demonstration writes (12 detailed ones, then simpler ones) */
    public static DemoServer start(int clients) throws IOException, InterruptedException {
        Path keys = Path.of(System.getProperty("carnet.it.workDir", "target/it"), "keys-demo-" + System.nanoTime()
                + ".properties");
        CarnetKeys.generate().write(keys);
        return start(clients, TestEnvironment.newDatabase("demo"), keys);
    }

    /** In demonstration mode on a database that may hold a practice already. */
    public static DemoServer start(int clients, TestDatabase.Account account, Path keys)
            throws IOException, InterruptedException {
        Path workDir = Path.of(System.getProperty("carnet.it.workDir", "target/it"));
        int port = FreePorts.next();
        var server = CarnetProcess.start(System.getProperty("carnet.it.java", "java"),
                Path.of(System.getProperty("carnet.it.uberJar")), port,
                Map.of("CARNET_DB_URL", account.url(), "CARNET_DB_USER", account.user(),
                        "CARNET_DB_PASSWORD", account.password(), "CARNET_KEYS_FILE", keys.toAbsolutePath().toString(),
                        "CARNET_DEMO", "true", "CARNET_DEMO_CLIENTS", Integer.toString(clients),
                        "CARNET_SETUP_CODE", "DEMO-CODE", "CARNET_BASE_URL", "http://localhost:" + port),
                workDir, workDir.resolve("carnet-demo-" + port + ".log"));
        try {
            server.awaitReady(Duration.ofMinutes(4));
        } catch (IOException | RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
        return new DemoServer(account, server);
    }

    /** Its own database. */
    public TestDatabase.Account account() {
        return account;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** Logs in as the demonstration owner, setting up the second factor; ends on the dashboard. */
    public void logInAsOwner(WebDriver browser, Duration patience) {
        enrolOwner(browser, patience);
        submit(browser, "continue", patience);
    }

    /** Logs in as the demonstration owner and sets up the second factor; ends on the recovery codes. */
    public void enrolOwner(WebDriver browser, Duration patience) {
        browser.get(baseUrl() + "cabinet/connexion.xhtml");
        browser.findElement(By.id("form:email")).sendKeys(DemoData.OWNER_EMAIL);
        browser.findElement(By.id("form:password")).sendKeys(DemoData.OWNER_PASSWORD);
        submit(browser, "form:submit", patience);
        if (!browser.getCurrentUrl().endsWith("/cabinet/securite/double-authentification.xhtml")) {
            throw new AssertionError("The demonstration owner's password did not lead to the second factor: "
                    + browser.getCurrentUrl());
        }
        browser.findElement(By.id("form:code"))
                .sendKeys(OneTimeCodes.next(browser.findElement(By.id("secret")).getText()));
        submit(browser, "form:submit", patience);
    }

    public static void submit(WebDriver browser, String id, Duration patience) {
        var page = browser.findElement(By.tagName("html"));
        browser.findElement(By.id(id)).click();
        new WebDriverWait(browser, patience).until(d -> BrowserTest.isGone(page));
    }

    @Override
    public void close() {
        server.close();
    }
}
