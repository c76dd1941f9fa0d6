package app.carnet.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The first start, on a Payara Micro that Arquillian starts with carnet.war and an empty database:
 * the setup page refuses bad input without writing anything, creates the practice once, then is gone.
 */
@ExtendWith(ArquillianDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SetupIT {

    private static final String PASSWORD = "ma clé du cabinet est rouge";

    @ArquillianResource
    URL base;

    private WebDriver browser;

    @Deployment(testable = false)
    static WebArchive carnet() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("carnet.it.war")));
    }

    @BeforeEach
    void openBrowser() {
        browser = BrowserTest.chromium();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void firstStart_shouldAskForThePracticeOnceAndRefuseBadInput() throws Exception {
        browser.get(base.toString());
        assertTrue(browser.getCurrentUrl().endsWith("/installation.xhtml"), browser.getCurrentUrl());
        assertEquals("Première installation", browser.findElement(By.tagName("h1")).getText());

        submit();
        assertTrue(body().contains("Ce champ est obligatoire."));

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

        type("form:email", "ines@tilleuls.test");
        type("form:password", PASSWORD);
        type("form:passwordConfirmation", PASSWORD + "!");
        submit();
        assertTrue(body().contains("Les deux mots de passe ne sont pas identiques."));
        assertEquals(0, count("practice") + count("staff_member"), "nothing is written before the form is right");

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
        assertTrue(browser.getCurrentUrl().endsWith("/cabinet/index.xhtml"), browser.getCurrentUrl());
        assertTrue(body().contains("Cabinet des Tilleuls"));
        assertTrue(body().contains("Inès Roussel"));
    }

    private void type(String id, String text) {
        var input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void submit() {
        var page = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("form:submit")).click();
        new WebDriverWait(browser, java.time.Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
    }

    private String body() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private static int count(String table) throws SQLException {
        try (var connection = DriverManager.getConnection(System.getProperty("carnet.arquillian.url"),
                System.getProperty("carnet.arquillian.user"), System.getProperty("carnet.arquillian.password"));
                var result = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getInt(1);
        }
    }
}
