package app.carnet.web.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.security.Base32;
import app.carnet.domain.security.Totp;
import app.carnet.web.it.BrowserTest;
import app.carnet.web.it.Mailbox;
import app.carnet.web.it.OneTimeCodes;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two-factor authentication as its users walk it: staff set it up before anything else; a code, or a
 * recovery code, serves once; clients may switch it on, and then need it at every login.
 */
class TwoFactorIT extends BrowserTest {

    private static final String ENROLMENT = "/cabinet/securite/double-authentification.xhtml";
    private static final String CODE_PAGE = "/cabinet/verification.xhtml";
    private static final String WRONG_CODE = "Ce code n'est pas le bon, ou il a déjà servi.";
    private static final String PASSWORD = "le facteur sonne toujours deux fois";

    /** A staff member who has set up the second factor: the secret of its app and its recovery codes. */
    private record Enrolled(String email, String secret, List<String> recoveryCodes) {
    }

    @Test
    void newStaffMember_shouldSetUpTheSecondFactorBeforeAnythingElse() throws Exception {
        String email = uniqueEmail("bruno");
        env.createStaff("Bruno", "Lefort", email, PASSWORD, "OWNER");
        loginAsStaff(email, PASSWORD);
        assertEquals(ENROLMENT, path(), "sent to enrolment at the first login");
        for (String page : List.of("/cabinet/clients/index.xhtml", "/cabinet/index.xhtml",
                "/cabinet/securite/index.xhtml")) {
            open(page);
            assertEquals(ENROLMENT, path(), page + " is out of reach before the second factor");
        }
        assertTrue(browser.findElements(By.id("menu-clients")).isEmpty(), "no back-office menu");
        assertTrue(find("qr").findElement(By.tagName("svg")).isDisplayed(), "the QR code is drawn in the page");

        String secret = text("secret");
        assertTrue(secret.matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}"), "the secret in groups of 4: " + secret);
        type("form:code", farCode(secret));
        submit("form:submit");
        assertEquals(ENROLMENT, path());
        assertTrue(pageText().contains(WRONG_CODE), pageText());
        type("form:code", OneTimeCodes.next(secret));
        submit("form:submit");
        var codes = recoveryCodes();
        assertEquals(10, codes.size());
        submit("continue");
        assertEquals("/cabinet/index.xhtml", path());
        open("/cabinet/clients/index.xhtml");
        assertEquals("/cabinet/clients/index.xhtml", path(), "the whole back office, once enrolled");
        assertNotice(email, 1, "La double authentification vient d'être activée sur votre compte.");
    }

    @Test
    void code_shouldServeOnceAndRecoveryCodesToo() throws Exception {
        var bruno = enrolledStaffMember();
        loginAsStaff(bruno.email(), PASSWORD);
        assertEquals(CODE_PAGE, path());
        String code = OneTimeCodes.next(bruno.secret());
        enterCode(code);
        assertEquals("/cabinet/index.xhtml", path());

        submit("user:logout");
        loginAsStaff(bruno.email(), PASSWORD);
        enterCode(code);
        assertEquals(CODE_PAGE, path(), "the same code a second time");
        assertTrue(pageText().contains(WRONG_CODE), pageText());
        enterCode(farCode(bruno.secret()));
        assertTrue(pageText().contains(WRONG_CODE), "a wrong code: " + pageText());

        enterCode(bruno.recoveryCodes().get(2).toLowerCase().replace("-", " "));
        assertEquals("/cabinet/index.xhtml", path(), "a recovery code instead of the app's");
        assertNotice(bruno.email(), 2, "Un code de secours vient de servir à vous identifier");
        submit("user:logout");
        loginAsStaff(bruno.email(), PASSWORD);
        enterCode(bruno.recoveryCodes().get(2));
        assertEquals(CODE_PAGE, path(), "a recovery code serves once");
        assertTrue(pageText().contains(WRONG_CODE), pageText());
    }

    @Test
    void fiveWrongCodes_shouldEndTheLoginAndAskForThePasswordAgain() throws Exception {
        var bruno = enrolledStaffMember();
        loginAsStaff(bruno.email(), PASSWORD);
        for (int i = 0; i < 4; i++) {
            enterCode(farCode(bruno.secret()));
            assertEquals(CODE_PAGE, path());
        }
        enterCode(farCode(bruno.secret()));
        assertEquals("/cabinet/connexion.xhtml", path());
        assertTrue(pageText().contains("La connexion a été interrompue"), pageText());
        open(CODE_PAGE);
        assertEquals("/cabinet/connexion.xhtml", path(), "no code page without a password first");
    }

    @Test
    void staff_shouldRenewRecoveryCodesAndChangeAppOnACurrentCode() throws Exception {
        var bruno = enrolledStaffMember();
        loginAsStaff(bruno.email(), PASSWORD);
        enterCode(OneTimeCodes.next(bruno.secret()));
        submit("menu-security");
        assertEquals("/cabinet/securite/index.xhtml", path());
        assertTrue(text("status").contains("Il vous reste 10 codes de secours."), text("status"));

        type("form:code", farCode(bruno.secret()));
        submit("form:renew");
        assertTrue(pageText().contains(WRONG_CODE), pageText());
        type("form:code", bruno.recoveryCodes().getFirst());
        submit("form:renew");
        var renewed = recoveryCodes();
        assertEquals(10, renewed.size());
        assertFalse(renewed.contains(bruno.recoveryCodes().get(1)));

        submit("form:replace");
        String newSecret = text("secret");
        assertNotEquals(bruno.secret(), newSecret);
        type("form:code", OneTimeCodes.next(bruno.secret()));
        type("form:newCode", OneTimeCodes.next(newSecret));
        submit("form:confirmReplace");
        assertTrue(pageText().contains("La double authentification utilise maintenant la nouvelle application."),
                pageText());
        assertEquals(10, recoveryCodes().size());
        // 1 enrolment, 2 the recovery code typed to renew, 3 the renewal, 4 the new app
        assertNotice(bruno.email(), 3, "Les codes de secours de votre compte viennent d'être remplacés");
        assertNotice(bruno.email(), 4, "vient de passer sur une nouvelle application");

        submit("user:logout");
        loginAsStaff(bruno.email(), PASSWORD);
        enterCode(OneTimeCodes.next(bruno.secret()));
        assertEquals(CODE_PAGE, path(), "the old app no longer works");
        enterCode(OneTimeCodes.next(newSecret));
        assertEquals("/cabinet/index.xhtml", path());
    }

    @Test
    void client_shouldSwitchTheSecondFactorOnAndThenNeedItAtLogin() throws Exception {
        String email = uniqueEmail("prudente");
        String password = "ma tortue aime les fraises";
        loginAsOwner();
        createClient("Prudent", "Inès", email, "04/04/1984");
        browser.manage().deleteAllCookies();
        activate(Mailbox.firstLink(new Mailbox(env.mail()).awaitMessage(email, 1)), password);
        loginAsClient(email, password);
        assertEquals("/portail/index.xhtml", path(), "no code while the second factor is off");

        submit("security");
        assertEquals("/portail/securite.xhtml", path());
        submit("form:start");
        String secret = text("secret");
        type("form:code", farCode(secret));
        submit("form:enable");
        assertTrue(pageText().contains(WRONG_CODE), pageText());
        type("form:code", OneTimeCodes.next(secret));
        submit("form:enable");
        assertEquals(10, recoveryCodes().size());
        assertTrue(text("status").contains("Il vous reste 10 codes de secours."), text("status"));
        assertNotice(email, 2, "La double authentification vient d'être activée sur votre compte."); // 1: invitation

        submit("user:logout");
        loginAsClient(email, password);
        assertEquals("/portail/verification.xhtml", path());
        enterCode(OneTimeCodes.next(secret));
        assertEquals("/portail/index.xhtml", path());

        open("/portail/securite.xhtml");
        type("form:code", OneTimeCodes.next(secret));
        submit("form:disable");
        assertTrue(pageText().contains("La double authentification est désactivée."), pageText());
        assertNotice(email, 3, "La double authentification vient d'être désactivée sur votre compte.");
        submit("user:logout");
        loginAsClient(email, password);
        assertEquals("/portail/index.xhtml", path(), "no code once it is off");
    }

    @Test
    void lostPhone_shouldBeResetByTheOwnerForAMemberAndByTheAdminCommandForTheOwner() throws Exception {
        String email = uniqueEmail("etourdi");
        long partner = env.createStaff("Étienne", "Tourdi", email, PASSWORD, "PARTNER");
        env.enrolStaff(partner);
        loginAsOwner();
        open("/cabinet/equipe.xhtml");
        var row = find("form:members").findElements(By.tagName("tr")).stream()
                .filter(r -> r.getText().contains(email)).findFirst().orElseThrow();
        row.findElement(By.cssSelector("button[id$=':reset-factor']")).click();
        clickAjax(find("form:confirm-yes"));
        assertTrue(pageText().contains("La double authentification est remise à zéro"), pageText());
        assertNotice(email, 1, "remise à zéro par le cabinet");
        submit("user:logout");
        loginAsStaff(email, PASSWORD);
        assertEquals(ENROLMENT, path(), "the password, then a new second factor");

        // The owner herself, phone and codes lost: the server's administrator runs the command.
        browser.manage().deleteAllCookies();
        var owner = enrolledStaffMember();
        assertEquals(4, env.admin("second-factor-reset", uniqueEmail("personne")).exitCode(), "unknown address");
        var run = env.admin("second-factor-reset", owner.email().toUpperCase());
        assertEquals(0, run.exitCode(), run.output());
        loginAsStaff(owner.email(), PASSWORD);
        assertEquals(ENROLMENT, path(), "the command left the password, and asks for a new second factor");
    }

    /**
     * Once {@code count} emails reached this address, one of them is a security notice saying this (emails are sent
     * after their transactions, so two close ones may arrive in either order).
     */
    private void assertNotice(String email, int count, String says) throws Exception {
        var mailbox = new Mailbox(env.mail());
        mailbox.awaitMessage(email, count);
        var texts = new java.util.ArrayList<String>();
        for (var message : mailbox.messagesTo(email).subList(0, count)) {
            if (message.getSubject().startsWith("Sécurité de votre compte") && Mailbox.text(message).contains(says)) {
                return;
            }
            texts.add(message.getSubject() + ": " + Mailbox.text(message));
        }
        throw new AssertionError("No security notice saying \"" + says + "\" among " + texts);
    }

    private void loginAsStaff(String email, String password) {
        open("/cabinet/connexion.xhtml");
        type("form:email", email);
        type("form:password", password);
        submit("form:submit");
    }

    /** A new staff member, enrolled through the pages, then logged out. */
    private Enrolled enrolledStaffMember() throws Exception {
        String email = uniqueEmail("bruno");
        env.createStaff("Bruno", "Lefort", email, PASSWORD, "OWNER");
        loginAsStaff(email, PASSWORD);
        String secret = text("secret");
        type("form:code", OneTimeCodes.next(secret));
        submit("form:submit");
        var codes = recoveryCodes();
        submit("continue");
        submit("user:logout");
        return new Enrolled(email, secret, codes);
    }

    private List<String> recoveryCodes() {
        return find("recovery-codes").findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
    }

    /** A code of the secret that no window around now holds. */
    private static String farCode(String secret) {
        return Totp.code(Base32.decode(secret), Totp.step(Instant.now()) + 1000);
    }
}
