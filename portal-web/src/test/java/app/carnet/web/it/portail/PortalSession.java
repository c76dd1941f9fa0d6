package app.carnet.web.it.portail;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for load: one client's session over HTTP (its own cookies), which posts a page's
 * form the way PrimeFaces does (the view state and the page's CSP nonce), without following redirects.
 */
final class PortalSession {

    private static final Pattern VIEW_STATE = Pattern.compile("jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"form\"[^>]*action=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;

    PortalSession(String baseUrl) {
        this.base = URI.create(baseUrl);
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30)).build();
    }

    HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(pathOrUrl)).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the form "form" of {@code page} (an answer of {@link #get}), with these fields and a button. */
    HttpResponse<String> submit(HttpResponse<String> page, String button, Map<String, String> fields)
            throws IOException, InterruptedException {
        var html = page.body();
        var state = VIEW_STATE.matcher(html);
        var nonce = NONCE.matcher(html);
        var action = FORM_ACTION.matcher(html);
        if (!state.find() || !nonce.find() || !action.find()) {
            throw new AssertionError("Not a page with a form: " + page.statusCode() + " " + page.uri());
        }
        var body = new LinkedHashMap<String, String>();
        body.put("form", "form");
        body.putAll(fields);
        body.put(button, "");
        body.put("jakarta.faces.ViewState", state.group(1));
        body.put("primefaces.nonce", nonce.group(1));
        String encoded = body.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(page.uri().resolve(action.group(1).replace("&amp;", "&")))
                .timeout(Duration.ofMinutes(2)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Chooses the password on an invitation link, then logs in to the portal. */
    void activateAndLogIn(String invitationLink, String email, String password)
            throws IOException, InterruptedException {
        activate(invitationLink, password);
        logIn(email, password);
    }

    /** Chooses the password on an invitation link. */
    void activate(String invitationLink, String password) throws IOException, InterruptedException {
        var invitation = get(invitationLink);
        var activated = submit(invitation, "form:submit", Map.of("form:password", password,
                "form:passwordConfirmation", password));
        if (activated.statusCode() / 100 != 3) {
            throw new AssertionError("Not activated: " + activated.statusCode());
        }
    }

    /** Logs in to the portal, in this session. */
    void logIn(String email, String password) throws IOException, InterruptedException {
        var login = get("portail/connexion.xhtml");
        var home = submit(login, "form:submit", Map.of("form:email", email, "form:password", password));
        if (home.statusCode() / 100 != 3 || !home.headers().firstValue("Location").orElse("").contains("/portail/")) {
            throw new AssertionError("Not logged in: " + home.statusCode());
        }
    }
}
