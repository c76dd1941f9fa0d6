package app.carnet.web.it;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the browser tests: one headless Chromium (Debian's) per test class, against the shared Carnet server,
 * with helpers that wait for full page loads and for PrimeFaces' ajax queue. Starting a browser costs seconds; each
 * test still starts as in a new one, signed out: after every test the browser leaves its page and forgets its
 * cookies and storage. A browser that no longer answers (crashed, or closed by a test) is replaced before the next
 * test, so that it spoils no other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    protected static TestEnvironment env;
    /** The browser the helpers drive: the class's own, or for a while another of {@link #anotherBrowser()}. */
    protected WebDriver browser;
    private WebDriver own;
    private final List<WebDriver> others = new ArrayList<>();
    private static java.util.Set<org.openqa.selenium.Cookie> ownerSession;

    @BeforeAll
    static void environment() {
        env = TestEnvironment.get();
    }

    @BeforeEach
    void openBrowser() {
        if (own == null || !answers(own)) {
            if (own != null) {
                own.quit();
            }
            own = chromium();
        }
        browser = own;
    }

    /** Closes the test's other browsers, and empties the class's one as a new browser would be. */
    @AfterEach
    void emptyBrowser() {
        others.forEach(WebDriver::quit);
        others.clear();
        browser = own;
        if (own == null) {
            return; // it did not start: the next test tries again
        }
        try {
            if (own.getCurrentUrl().startsWith("http")) {
                ((JavascriptExecutor) own).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
            }
            own.get("about:blank");
            // Every cookie, of any port of localhost (cookies do not tell ports apart), not only the current page's.
            ((HasCdp) own).executeCdpCommand("Network.clearBrowserCookies", Map.of());
        } catch (WebDriverException e) {
            own.quit();
            own = null;
        }
    }

    @AfterAll
    void closeBrowser() {
        if (own != null) {
            own.quit();
        }
    }

    /** A second browser (another device of the same person, or another person), closed at the end of the test. */
    protected WebDriver anotherBrowser() {
        var other = chromium();
        others.add(other);
        return other;
    }

    private static boolean answers(WebDriver driver) {
        try {
            driver.getWindowHandle();
            return true;
        } catch (WebDriverException e) {
            return false;
        }
    }

    public static WebDriver chromium() {
        var options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1024");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(
                        new File(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")))
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PATIENCE);
        return driver;
    }

    protected void open(String path) {
        browser.get(env.baseUrl() + (path.startsWith("/") ? path.substring(1) : path));
        waitForAjax();
    }

    protected WebElement find(String id) {
        return new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    protected void type(String id, String text) {
        var input = find(id);
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks a button that submits the whole page, and waits for the next page. */
    protected void submit(String id) {
        var page = browser.findElement(By.tagName("html"));
        find(id).click();
        new WebDriverWait(browser, PATIENCE).until(d -> isGone(page));
        waitForAjax();
    }

    /** Whether the page an element belongs to has been replaced (Chromium says so in two ways). */
    public static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    protected void waitForAjax() {
        new WebDriverWait(browser, PATIENCE).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** Clicks the control of that id, which sends an ajax request, and waits until PrimeFaces has applied the answer. */
    protected void clickAjax(String id) {
        clickAjax(find(id));
    }

    /**
     * Clicks a control that sends an ajax request and waits until PrimeFaces has applied the answer (or followed its
     * redirect): counting the requests completed rather than only waiting for an empty queue, which could be read
     * before the request is sent.
     */
    protected void clickAjax(WebElement control) {
        clickAjax(browser, control, PATIENCE);
        waitForAjax();
    }

    /** {@link #clickAjax(WebElement)} for a browser of any server. */
    public static void clickAjax(WebDriver browser, WebElement control, Duration patience) {
        var js = (JavascriptExecutor) browser;
        long before = ((Number) js.executeScript("if (!window.carnetAjax) { window.carnetAjax = {done: 0};"
                + " jQuery(document).on('pfAjaxComplete', function () { window.carnetAjax.done++; }); }"
                + " return window.carnetAjax.done;")).longValue();
        control.click();
        // -1: a new page, which the answer was (a redirect)
        new WebDriverWait(browser, patience).pollingEvery(Duration.ofMillis(20)).until(d -> ((Number) js.executeScript(
                "return window.carnetAjax ? window.carnetAjax.done : -1;")).longValue() != before);
    }

    /** Picks an option of a radio group by its label. */
    protected void choose(String id, String label) {
        find(id).findElement(By.xpath(".//label[normalize-space()='" + label + "']")).click();
    }

    /**
     * Picks an option of a drop-down (PrimeFaces selectOneMenu) by its label. The whole gesture is tried again
     * when the menu did not open or did not take the click (a panel still opening, closed by a scroll, or re-rendered by
     * ajax).
     */
    protected void pick(String id, String label) {
        var shortWait = java.time.Duration.ofSeconds(5);
        for (int attempt = 1;; attempt++) {
            try {
                waitForAjax();
                // in the middle of the window: the panel opens in view, as scrolling to an option would close it
                ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                        find(id));
                find(id).click();
                var panel = new WebDriverWait(browser, shortWait).until(
                        ExpectedConditions.visibilityOfElementLocated(By.id(id + "_panel")));
                new WebDriverWait(browser, shortWait).until(ExpectedConditions.elementToBeClickable(
                        panel.findElement(By.xpath(".//li[normalize-space()='" + label + "']")))).click();
                new WebDriverWait(browser, shortWait).until(d -> label.equals(find(id + "_label").getText().strip()));
                break;
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.StaleElementReferenceException
                    | org.openqa.selenium.ElementNotInteractableException e) { // a click intercepted too
                if (attempt == 3) {
                    throw e;
                }
                browser.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
            }
        }
        waitForAjax();
    }

    /** The text of an element; read again when an ajax answer replaced the element meanwhile. */
    protected String text(String id) {
        for (int attempt = 1;; attempt++) {
            try {
                return find(id).getText();
            } catch (StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    protected String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** The browser's cookies, as a {@code Cookie} header for a request made beside it. */
    protected String cookies() {
        return browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    /** The status a GET of {@code path} answers, with the browser's cookies (the logged-in user's). */
    protected int status(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(env.baseUrl() + path.substring(1)))
                .header("Cookie", cookies()).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The current page's path, without its query. */
    protected String path() {
        return browser.getCurrentUrl().substring(env.baseUrl().length() - 1).replaceAll("[?#].*", "");
    }

    /**
     * Logs the owner in. The owner's session of an earlier test is taken up again when it is still open (a
     * one-time code serves once, so every real login of the owner waits up to 30 s for the next one); when it is
     * not (a test logged out, the session expired or was closed everywhere), a real login with a new code. The
     * session keeps nothing else between tests but the language, set back to French.
     */
    protected void loginAsOwner() {
        if (ownerSession != null) {
            open("/erreur/introuvable.xhtml");
            browser.manage().deleteAllCookies();
            ownerSession.forEach(browser.manage()::addCookie);
            open("/cabinet/index.xhtml");
            if ("/cabinet/index.xhtml".equals(path())) {
                if (!"fr".equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
                    submit("language:fr"); // as a new session starts, whatever an earlier test chose
                }
                return;
            }
            browser.manage().deleteAllCookies();
        }
        loginAsOwnerWithACode();
        ownerSession = java.util.Set.copyOf(browser.manage().getCookies());
    }

    /** Logs the owner in with the password, then the next code of the owner's app (each serves once), in a new session. */
    protected void loginAsOwnerWithACode() {
        open("/cabinet/connexion.xhtml");
        type("form:email", TestEnvironment.OWNER_EMAIL);
        type("form:password", TestEnvironment.OWNER_PASSWORD);
        submit("form:submit");
        enterOwnerCode();
    }

    /** Logs in a staff member who has an authenticator app ({@link TestEnvironment#enrolStaff}). */
    protected void loginAsStaff(String email, String password, byte[] secret) {
        open("/cabinet/connexion.xhtml");
        type("form:email", email);
        type("form:password", password);
        submit("form:submit");
        if ("/cabinet/verification.xhtml".equals(path())) {
            enterCode(OneTimeCodes.next(secret));
        }
    }

    /** On the code page that follows the owner's password. */
    protected void enterOwnerCode() {
        if (!"/cabinet/verification.xhtml".equals(path())) {
            throw new AssertionError("The owner's password did not lead to the code page: " + pageText());
        }
        enterCode(OneTimeCodes.next(env.ownerSecret()));
        if (!"/cabinet/index.xhtml".equals(path())) {
            throw new AssertionError("The owner's code did not log in: " + pageText());
        }
    }

    /** Types a code (of the app, or a recovery code) on the code page and submits it. */
    protected void enterCode(String code) {
        type("form:code", code);
        submit("form:submit");
    }

    protected void loginAsClient(String email, String password) {
        open("/portail/connexion.xhtml");
        type("form:email", email);
        type("form:password", password);
        submit("form:submit");
    }

    /**
     * On « Mes données et mes droits », has the client's archive {@code name} ({@code access}, {@code portability})
     * made in the background, and gives its link once the page, polling, shows it ready.
     */
    protected String prepareArchive(String name) {
        clickAjax("export-form:prepare-" + name);
        return find("export-form:export-" + name).getAttribute("href");
    }

    /** Types a new password and its confirmation on the invitation page, and submits them. */
    protected void choosePassword(String password, String confirmation) {
        type("form:password", password);
        type("form:passwordConfirmation", confirmation);
        submit("form:submit");
    }

    /** Fills in and sends the portal's registration form (a visitor's identity and address). */
    protected void register(String lastName, String firstName, String email, String birthDate) {
        type("form:lastName", lastName);
        type("form:firstName", firstName);
        type("form:email", email);
        type("form:birthDate", birthDate);
        submit("form:submit");
    }

    /** Follows an invitation link and chooses the portal password. */
    protected void activate(String link, String password) {
        browser.get(link);
        waitForAjax();
        choosePassword(password, password);
    }

    /** Opens a client file from the back office, as the logged-in staff member; returns its id. */
    protected long createClient(String lastName, String firstName, String email, String birthDate) {
        return createClient(lastName, firstName, email, birthDate, "Français");
    }

    protected long createClient(String lastName, String firstName, String email, String birthDate, String language) {
        open("/cabinet/clients/nouveau.xhtml");
        choose("form:language", language);
        type("form:lastName", lastName);
        type("form:firstName", firstName);
        type("form:email", email);
        type("form:birthDate", birthDate);
        submit("form:submit");
        String url = browser.getCurrentUrl();
        int at = url.indexOf("id=");
        if (!url.contains("/cabinet/clients/fiche.xhtml") || at < 0) {
            throw new AssertionError("The client file was not created; the page says: " + pageText());
        }
        return Long.parseLong(url.substring(at + 3).replaceAll("\\D.*", ""));
    }

    /** An address no other test uses. */
    protected static String uniqueEmail(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.test";
    }
}
