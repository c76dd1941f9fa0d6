package app.carnet.web.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BrowserTest;
import app.carnet.web.it.Eventually;
import app.carnet.web.it.OneTimeCodes;
import app.carnet.web.it.TestEnvironment;
import java.io.File;
import java.net.URL;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Payara Micro that Arquillian starts with carnet.war and a database of its own, empty: the first
 * start (the setup page refuses bad input without writing anything, creates the practice once, then
 * is gone; the owner's first login sets up the second factor), and readiness while that database is out of
 * reach.
 */
@ExtendWith(ArquillianDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SetupIT {

    private static final String PASSWORD = "ma clé du cabinet est rouge";

    @ArquillianResource
    URL base;

    /** One for the class: only the first start needs a browser. */
    private static WebDriver browser;

    @Deployment(testable = false)
    static WebArchive carnet() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("carnet.it.war")));
    }

    @BeforeAll
    static void openBrowser() {
        browser = BrowserTest.chromium();
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    @Test
    void firstStart_shouldAskForThePracticeOnceAndRefuseBadInput() throws Exception {
        browser.get(base.toString());
        assertTrue(browser.getCurrentUrl().endsWith("/installation.xhtml"), browser.getCurrentUrl());
        assertEquals("Première installation", browser.findElement(By.tagName("h1")).getText());

        submit();
        assertTrue(body().contains("Ce champ est obligatoire."));

        type("form:setupCode", "MAUVAIS-CODE");
        type("form:practiceName", "Cabinet des Tilleuls");
        type("form:profession", "Sophrologue");
        type("form:firstName", "Inès");
        type("form:lastName", "Roussel");
        type("form:email", "pas-une-adresse");
        type("form:password", "court");
        type("form:passwordConfirmation", "court");
        submit();
        assertTrue(body().contains("Cette adresse électronique n'est pas valable."), body());
        assertTrue(body().contains("Le mot de passe doit compter au moins 12 caractères."), body());
        assertTrue(body().contains("Ce code d'installation n'est pas le bon."), "every problem at once: " + body());

        type("form:email", "ines@tilleuls.test");
        type("form:password", PASSWORD);
        type("form:passwordConfirmation", PASSWORD + "!");
        submit();
        assertTrue(body().contains("Les deux mots de passe ne sont pas identiques."));
        assertTrue(body().contains("Ce code d'installation n'est pas le bon."));
        assertEquals(0, count("practice") + count("staff_member"), "nothing is written before the form is right");

        type("form:setupCode", ArquillianDatabase.SETUP_CODE.toLowerCase().replace("-", " "));
        type("form:password", PASSWORD);
        type("form:passwordConfirmation", PASSWORD);
        submit();
        assertTrue(browser.getCurrentUrl().contains("/cabinet/connexion.xhtml"), browser.getCurrentUrl());
        assertTrue(body().contains("Votre cabinet est créé."));
        assertEquals(1, count("practice"));

        browser.get(base + "installation.xhtml");
        assertTrue(browser.getCurrentUrl().contains("/cabinet/connexion.xhtml"), "setup happens once");

        type("form:email", "INES@tilleuls.test ");
        type("form:password", PASSWORD);
        submit();
        assertTrue(browser.getCurrentUrl().endsWith("/cabinet/securite/double-authentification.xhtml"),
                "the owner sets up the second factor at the first login: " + browser.getCurrentUrl());
        type("form:code", OneTimeCodes.next(browser.findElement(By.id("secret")).getText()));
        submit();
        assertEquals(10, browser.findElements(By.cssSelector("#recovery-codes li")).size(), body());
        var page = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("continue")).click();
        new WebDriverWait(browser, java.time.Duration.ofSeconds(30)).until(d -> BrowserTest.isGone(page));
        assertTrue(browser.getCurrentUrl().endsWith("/cabinet/index.xhtml"), browser.getCurrentUrl());
        assertTrue(body().contains("Cabinet des Tilleuls"));
        assertTrue(body().contains("Inès Roussel"));
    }

    @Test
    void readiness_shouldFailWhileTheDatabaseIsOutOfReach() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var ready = java.net.http.HttpRequest.newBuilder(java.net.URI.create(rootOf(base) + "health/ready")).build();
        assertEquals(200, http.send(ready, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode());
        var database = TestEnvironment.server();
        database.cutOff(ArquillianDatabase.account());
        try {
            var down = http.send(ready, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(503, down.statusCode(), down.body());
            assertTrue(down.body().contains("\"DOWN\""), down.body());
        } finally {
            database.restore(ArquillianDatabase.account());
        }
        int status = Eventually.until(java.time.Duration.ofSeconds(90),
                () -> http.send(ready, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode(), s -> s == 200);
        assertEquals(200, status, "ready again once the database is back");
        var page = http.send(java.net.http.HttpRequest.newBuilder(base.toURI()).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertTrue(page.statusCode() < 500, "pages work again: " + page.statusCode());
    }

    /** Health endpoints are served by Payara at the server's root, not under the application's context. */
    private static String rootOf(URL url) {
        return url.getProtocol() + "://" + url.getHost() + ":" + url.getPort() + "/";
    }

    private void type(String id, String text) {
        var input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void submit() {
        var page = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("form:submit")).click();
        new WebDriverWait(browser, java.time.Duration.ofSeconds(30)).until(d -> BrowserTest.isGone(page));
    }

    private String body() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private static int count(String table) throws SQLException {
        try (var connection = ArquillianDatabase.account().connect();
                var result = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getInt(1);
        }
    }
}
