package app.carnet.web.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BrowserTest;
import app.carnet.web.it.Mailbox;
import app.carnet.web.it.TestEnvironment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who may open what: the back office is for staff, the portal for clients, and a wrong login says nothing. */
class AccessIT extends BrowserTest {

    private static final String PASSWORD = "trois petits chats blancs";

    @Test
    void anonymousVisitor_shouldBeSentToTheLoginPageOfTheArea() {
        open("/cabinet/clients/index.xhtml");
        assertEquals("/cabinet/connexion.xhtml", path());
        open("/portail/index.xhtml");
        assertEquals("/portail/connexion.xhtml", path());
    }

    @Test
    void client_shouldNotReachTheBackOffice() throws Exception {
        String email = uniqueEmail("curious");
        loginAsOwner();
        long id = createClient("Garnier", "Léa", email, "03/03/1993");
        browser.manage().deleteAllCookies();
        activate(Mailbox.firstLink(new Mailbox(env.mail()).awaitMessage(email, 1)), PASSWORD);
        loginAsClient(email, PASSWORD);

        open("/cabinet/clients/fiche.xhtml?id=" + id);
        assertTrue(pageText().contains("Cette page n'existe pas, ou vous n'y avez pas accès."), pageText());
        assertFalse(pageText().contains("Garnier"));
    }

    @Test
    void staff_shouldNotUseTheirPasswordOnThePortal() {
        loginAsClient(TestEnvironment.OWNER_EMAIL, TestEnvironment.OWNER_PASSWORD);
        assertEquals("/portail/connexion.xhtml", path());
        assertTrue(pageText().contains("Adresse ou mot de passe incorrect."));
    }

    @Test
    void wrongPasswordAndUnknownEmail_shouldGetTheSameAnswer() {
        open("/cabinet/connexion.xhtml");
        type("form:email", TestEnvironment.OWNER_EMAIL);
        type("form:password", "pas le bon mot de passe");
        submit("form:submit");
        String wrongPassword = text("messages");

        type("form:email", uniqueEmail("nobody"));
        type("form:password", "pas le bon mot de passe");
        submit("form:submit");
        assertEquals(wrongPassword, text("messages"));
        assertEquals("Adresse ou mot de passe incorrect.", wrongPassword);
    }

    @Test
    void repeatedFailures_shouldHoldEvenTheRightPasswordWithTheSameAnswer() throws Exception {
        String email = uniqueEmail("guessed");
        loginAsOwner();
        createClient("Fabre", "Nina", email, "07/07/1977");
        browser.manage().deleteAllCookies();
        activate(Mailbox.firstLink(new Mailbox(env.mail()).awaitMessage(email, 1)), PASSWORD);

        for (int i = 0; i < 5; i++) {
            loginAsClient(email, "mauvais essai numéro " + i);
            assertEquals("Adresse ou mot de passe incorrect.", text("messages"));
        }
        loginAsClient(email, PASSWORD);
        assertEquals("/portail/connexion.xhtml", path(), "held back, even with the right password");
        assertEquals("Adresse ou mot de passe incorrect.", text("messages"), "and told nothing more");
    }

    @Test
    void unknownClientFile_shouldAnswer404() throws Exception {
        loginAsOwner();
        open("/cabinet/clients/fiche.xhtml?id=999999999");
        assertTrue(pageText().contains("Cette page n'existe pas"));
        open("/cabinet/clients/fiche.xhtml?id=abc");
        assertTrue(pageText().contains("Cette page n'existe pas"));
    }

    @Test
    void logout_shouldEndTheSession() {
        loginAsOwner();
        submit("user:logout");
        assertEquals("/cabinet/connexion.xhtml", path());
        assertTrue(pageText().contains("Déconnexion effectuée."));
        open("/cabinet/index.xhtml");
        assertEquals("/cabinet/connexion.xhtml", path());
    }

    @Test
    void expiredSession_shouldReloadTheFormWithAMessageNotAnError() {
        open("/cabinet/connexion.xhtml");
        browser.manage().deleteAllCookies();
        type("form:email", TestEnvironment.OWNER_EMAIL);
        type("form:password", TestEnvironment.OWNER_PASSWORD);
        submit("form:submit");
        assertEquals("/cabinet/connexion.xhtml", path());
        assertTrue(pageText().contains("Votre session a expiré"), pageText());

        type("form:email", TestEnvironment.OWNER_EMAIL);
        type("form:password", TestEnvironment.OWNER_PASSWORD);
        submit("form:submit");
        enterOwnerCode();
        assertEquals("/cabinet/index.xhtml", path(), "the second try works");
    }

    @Test
    void formAfterTheSessionEnded_shouldLeadToTheLoginPageWithAMessage() {
        loginAsOwner();
        open("/cabinet/clients/nouveau.xhtml");
        type("form:lastName", "Perdu");
        var session = browser.manage().getCookieNamed("carnet-session");
        browser.manage().deleteCookieNamed("carnet-session");
        browser.manage()
                .addCookie(new org.openqa.selenium.Cookie("carnet-session", "expired" + session.getValue(), "/"));
        submit("form:submit");
        assertEquals("/cabinet/connexion.xhtml", path());
        assertTrue(pageText().contains("Votre session a expiré"), pageText());
    }

    @Test
    void ajaxRequestAfterTheSessionEnded_shouldBeToldToGoToTheLoginPage() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(env.baseUrl()
                + "cabinet/clients/index.xhtml")).header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.body().contains("<redirect url=\"/cabinet/connexion.xhtml\"/>"), response.body());
    }

    @Test
    void serverEndpoints_shouldShowNothingButHealth() throws Exception {
        var http = HttpClient.newHttpClient();
        for (String path : List.of("metrics", "openapi")) {
            var response = http.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, response.statusCode(), path);
        }
        loginAsOwner();
        for (String path : List.of("/metrics", "/openapi", "/openapi/")) {
            open(path);
            assertTrue(pageText().contains("Page introuvable"), path + " with a staff session: " + pageText());
        }
    }

    @Test
    void health_shouldReportLiveAndReadyWithTheDatabase() throws Exception {
        var http = HttpClient.newHttpClient();
        var live = http.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + "health/live")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, live.statusCode());
        var ready = http.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + "health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"database\"") && ready.body().contains("\"UP\""), ready.body());
    }
}
