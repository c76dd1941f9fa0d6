package app.carnet.web.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BrowserTest;
import app.carnet.web.it.DemoServer;
import app.carnet.web.it.OneTimeCodes;
import app.carnet.web.it.TestEnvironment;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The demonstration mode ({@code CARNET_DEMO=true}, what {@code ./mvnw -Prun -Dcarnet.demo=true} sets) on an empty
 * database: the practice is there at once, and the owner's first visit finds the fictitious clients, written once.
 */
class DemoIT {

    @Test
    void demo_shouldSetUpThePracticeAndWriteTheFictitiousClientsOnce() throws Exception {
        WebDriver browser = null;
        try (var server = DemoServer.start(12)) {
            var account = server.account();
            browser = BrowserTest.chromium();
            String base = server.baseUrl();
            browser.get(base + "installation.xhtml");
            assertTrue(browser.getCurrentUrl().contains("/cabinet/connexion.xhtml"), "set up already: "
                    + browser.getCurrentUrl());
            server.logInAsOwner(browser, Duration.ofSeconds(30));
            assertTrue(browser.getCurrentUrl().endsWith("/cabinet/index.xhtml"), browser.getCurrentUrl());
            String dashboard = browser.findElement(By.tagName("body")).getText();
            assertTrue(dashboard.contains("toutes les données de ce cabinet sont fictives"), dashboard);
            assertTrue(dashboard.contains("Cabinet de démonstration (données fictives)"), dashboard);
            assertEquals("12 clients", browser.findElement(By.id("client-count")).getText());

            browser.get(base + "cabinet/index.xhtml");
            assertEquals("12 clients", browser.findElement(By.id("client-count")).getText(), "written once");

            browser.get(base + "cabinet/clients/index.xhtml");
            String list = browser.findElement(By.tagName("body")).getText();
            assertTrue(list.contains("Exemple") && list.contains("Camille") && list.contains("Fictif"), list);

            try (var connection = java.sql.DriverManager.getConnection(account.url(), account.user(),
                    account.password());
                    var statement = connection.createStatement()) {
                for (String table : new String[] {"consultation", "measurement", "anamnesis_entry", "advice",
                    "incoming_contact", "message"}) {
                    try (var rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        rows.next();
                        assertTrue(rows.getLong(1) > 3, table + " has demonstration rows");
                    }
                }
                try (var rows = statement.executeQuery("SELECT COUNT(*) FROM client WHERE ended_on IS NOT NULL")) {
                    rows.next();
                    assertEquals(1, rows.getLong(1), "one relationship has ended");
                }
                try (var rows = statement.executeQuery("SELECT COUNT(*) FROM appointment WHERE status = 'CONFIRMED' "
                        + "AND starts_at > UTC_TIMESTAMP()")) {
                    rows.next();
                    assertEquals(4, rows.getLong(1), "follow-ups next week in the agenda");
                }
            }
        } finally {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    /** Started in demonstration mode by mistake, a real practice gets neither the demonstration owner nor its clients. */
    @Test
    void demo_shouldLeaveARealPracticeAlone() throws Exception {
        var env = TestEnvironment.get();
        long staff = count("SELECT COUNT(*) FROM staff_member");
        long clients = count("SELECT COUNT(*) FROM client");
        WebDriver browser = null;
        try (var server = DemoServer.start(12, env.account(), env.keyFile())) {
            browser = BrowserTest.chromium();
            browser.get(server.baseUrl() + "cabinet/connexion.xhtml");
            browser.findElement(By.id("form:email")).sendKeys(TestEnvironment.OWNER_EMAIL);
            browser.findElement(By.id("form:password")).sendKeys(TestEnvironment.OWNER_PASSWORD);
            DemoServer.submit(browser, "form:submit", Duration.ofSeconds(30));
            browser.findElement(By.id("form:code")).sendKeys(OneTimeCodes.next(env.ownerSecret()));
            DemoServer.submit(browser, "form:submit", Duration.ofSeconds(30));
            assertTrue(browser.getCurrentUrl().endsWith("/cabinet/index.xhtml"), browser.getCurrentUrl());
            String dashboard = browser.findElement(By.tagName("body")).getText();
            assertTrue(!dashboard.contains("fictives"), "no demonstration notice on a real practice: " + dashboard);
        } finally {
            if (browser != null) {
                browser.quit();
            }
        }
        assertEquals(staff, count("SELECT COUNT(*) FROM staff_member"), "no demonstration owner");
        assertEquals(clients, count("SELECT COUNT(*) FROM client"), "no fictitious client");
    }

    private static long count(String query) throws java.sql.SQLException {
        try (var connection = TestEnvironment.get().database();
                var rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
