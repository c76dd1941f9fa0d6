package app.carnet.web.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.TestEnvironment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The answers' headers: one strict policy with PrimeFaces' nonce, cookies that scripts and other sites cannot use. */
class SecurityHeadersIT {

    private final TestEnvironment env = TestEnvironment.get();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void page_shouldCarryOnePolicyWhoseNonceIsOnEveryInlineScript() throws Exception {
        var page = get("portail/connexion.xhtml");
        var policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        String csp = policies.get(0);
        var nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)'").matcher(csp);
        assertTrue(nonce.find(), csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
        assertFalse(csp.substring(csp.indexOf("script-src")).contains("unsafe-inline"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), csp);

        var scripts = Pattern.compile("<script(?![^>]*\\ssrc=)([^>]*)>").matcher(page.body());
        int inline = 0;
        while (scripts.find()) {
            inline++;
            assertTrue(scripts.group(1).contains("nonce=\"" + nonce.group(1) + "\""),
                    "an inline script without the nonce: "
                            + scripts.group());
        }
        assertTrue(inline > 0, "PrimeFaces writes its start-up scripts inline, with the nonce");
        assertFalse(page.body().matches("(?s).*\\son(click|change|load|submit)=.*"), "no inline event handler");
        assertFalse(get("portail/connexion.xhtml").headers().firstValue("Content-Security-Policy").orElseThrow()
                .contains(nonce.group(1)), "a new nonce for each answer");
    }

    @Test
    void resource_shouldCarryThePolicyToo() throws Exception {
        var css = get("jakarta.faces.resource/carnet.css.xhtml?ln=carnet");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Security-Policy").orElseThrow().startsWith("default-src 'self'"));
        assertEquals("nosniff", css.headers().firstValue("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void sessionCookie_shouldBeHttpOnlyAndSameSiteAndNotSecureOverPlainHttp() throws Exception {
        var page = get("portail/connexion.xhtml");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("carnet-session="))
                .findFirst().orElseThrow(() -> new AssertionError(page.headers().map().toString()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.contains("Secure"), "Secure comes with HTTPS (TlsIT): " + cookie);
        assertTrue(page.headers().firstValue("Strict-Transport-Security").isEmpty(), "HSTS only over HTTPS");
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void forwardedHeaders_shouldBeIgnoredFromAnAddressThatIsNoTrustedProxy() throws Exception {
        var page = http.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + "portail/connexion.xhtml"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(page.headers().firstValue("Strict-Transport-Security").isEmpty(), "not taken for HTTPS");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
