package app.carnet.web.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BrowserTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/** The policy promises no transfer outside the EU: a page of Carnet loads nothing from another host. */
class NoExternalResourcesIT extends BrowserTest {

    /** What makes a browser fetch from another host: a script, image, frame, stylesheet, form target or style url. */
    private static final java.util.regex.Pattern EXTERNAL = java.util.regex.Pattern.compile(
            "(?:<(?:script|img|iframe|source|video|audio|embed|object)\\b[^>]*\\s(?:src|data)|<link\\b[^>]*\\shref"
                    + "|<form\\b[^>]*\\saction)\\s*=\\s*[\"']\\s*(?:https?:)?//(?!localhost[:/])"
                    + "|url\\(\\s*[\"']?(?:https?:)?//(?!localhost[:/])");

    @Test
    void pages_shouldLoadEveryResourceFromCarnetItself() {
        loginAsOwner();
        for (String page : List.of("/cabinet/index.xhtml", "/cabinet/clients/index.xhtml",
                "/cabinet/clients/nouveau.xhtml", "/cabinet/courriels.xhtml", "/cabinet/securite/index.xhtml",
                "/portail/connexion.xhtml",
                "/portail/invitation.xhtml")) {
            open(page);
            @SuppressWarnings("unchecked")
            var loaded = (List<String>) ((JavascriptExecutor) browser).executeScript(
                    "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
            assertFalse(loaded.isEmpty(), "the page loads its styles and scripts");
            for (String url : loaded) {
                assertTrue(url.startsWith(env.baseUrl()), page + " loads " + url);
            }
            // What the policy blocks never shows among the loaded resources: the page must not even ask.
            var elsewhere = EXTERNAL.matcher(browser.getPageSource());
            if (elsewhere.find()) {
                throw new AssertionError(page + " asks another host for something: " + elsewhere.group());
            }
        }
    }

    @Test
    void externalPattern_shouldTellALoadFromALink() {
        assertTrue(EXTERNAL.matcher("<link rel=\"stylesheet\" href=\"https://cdn.example.net/theme.css\">").find());
        assertTrue(EXTERNAL.matcher("<script type=\"text/javascript\" src=\"//cdn.example.net/x.js\">").find());
        assertTrue(EXTERNAL.matcher("body { background: url('https://fonts.example.com/a.woff2') }").find());
        assertFalse(EXTERNAL.matcher("<a href=\"https://www.cnil.fr/fr/plaintes\">CNIL</a>").find());
        assertFalse(EXTERNAL.matcher("<script src=\"/jakarta.faces.resource/core.js.xhtml\">").find());
    }

    @Test
    void everyAnswer_shouldCarryAPolicyThatNamesNoOtherHost() throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(env.baseUrl() + "cabinet/connexion.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("default-src 'self'"), csp);
        assertFalse(csp.contains("http:") || csp.contains("https:") || csp.contains("*"), csp);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElseThrow());
    }
}
