package app.carnet.web.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.OneTimeCodes;
import app.carnet.web.it.TestEnvironment;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A form posted from elsewhere changes nothing: without the view state of a page Carnet gave this session
 * (a random id, kept on the server), the post is refused; with it, the same post works.
 */
class CsrfIT {

    private static final Pattern VIEW_STATE = Pattern
            .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private final TestEnvironment env = TestEnvironment.get();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void postWithoutTheSessionsViewState_shouldCreateNothing() throws Exception {
        String login = viewState("cabinet/connexion.xhtml");
        var codePage = post("cabinet/connexion.xhtml", Map.of("form", "form", "form:email", TestEnvironment.OWNER_EMAIL,
                "form:password", TestEnvironment.OWNER_PASSWORD, "form:submit", "", "jakarta.faces.ViewState", login));
        assertTrue(codePage.uri().getPath().endsWith("/cabinet/verification.xhtml"),
                "asked for a code: " + codePage.uri());
        var loggedIn = post("cabinet/verification.xhtml", Map.of("form", "form", "form:code",
                OneTimeCodes.next(env.ownerSecret()), "form:submit", "", "jakarta.faces.ViewState",
                viewStateOf(codePage.body())));
        assertTrue(loggedIn.uri().getPath().endsWith("/cabinet/index.xhtml"), "logged in: " + loggedIn.uri());

        String realState = viewState("cabinet/clients/nouveau.xhtml");
        String email = "csrf." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.test";
        for (String forged : new String[] {"-1234567890:987654321", "stateless", ""}) {
            post("cabinet/clients/nouveau.xhtml", form(email, forged));
            assertEquals(0, clients(email), "refused with the view state " + forged);
        }
        post("cabinet/clients/nouveau.xhtml", form(email, realState));
        assertEquals(1, clients(email), "the same post with this session's view state works");
    }

    private static Map<String, String> form(String email, String viewState) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("form", "form");
        fields.put("form:language", "fr");
        fields.put("form:lastName", "Forgée");
        fields.put("form:firstName", "Requête");
        fields.put("form:email", email);
        fields.put("form:birthDate", "01/01/1990");
        fields.put("form:submit", "");
        fields.put("jakarta.faces.ViewState", viewState);
        return fields;
    }

    private String viewState(String path) throws Exception {
        var page = http.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return viewStateOf(page.body());
    }

    private static String viewStateOf(String page) {
        var state = VIEW_STATE.matcher(page);
        assertTrue(state.find(), "the page has a view state");
        return state.group(1);
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int clients(String email) throws Exception {
        try (var connection = env.database();
                var statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM client WHERE email_index = ?")) {
            statement.setBytes(1, env.clientEmailIndex(email));
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
