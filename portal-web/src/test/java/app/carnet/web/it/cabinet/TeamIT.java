package app.carnet.web.it.cabinet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.shared.Dates;
import app.carnet.web.it.BrowserTest;
import app.carnet.web.it.Mailbox;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * Partners and replacements: invited by the owner, they see only the files shared with them (a
 * replacement, only during the period), every other file answers "not found", and ending their access
 * closes their sessions.
 */
class TeamIT extends BrowserTest {

    private static final String PASSWORD = "une associée bien organisée";

    @Test
    void invitedPartner_shouldChooseAPasswordThenBeSentToEnrolment() throws Exception {
        String email = uniqueEmail("associe");
        loginAsOwner();
        open("/cabinet/equipe.xhtml");
        type("form:lastName", "Associé");
        type("form:firstName", "Théo");
        type("form:email", email);
        clickAjax(find("form:invite"));
        assertTrue(pageText().contains("L'invitation est envoyée."), pageText());
        assertTrue(text("form:members").contains("Invité (mot de passe pas encore choisi)"));

        var welcome = new Mailbox(env.mail()).awaitMessage(email, 1);
        assertTrue(welcome.getSubject().startsWith("Votre accès à l'espace praticien"), welcome.getSubject());
        browser.manage().deleteAllCookies();
        browser.get(Mailbox.firstLink(welcome));
        choosePassword(PASSWORD, PASSWORD);
        assertEquals("/cabinet/connexion.xhtml", path());
        type("form:email", email);
        type("form:password", PASSWORD);
        submit("form:submit");
        assertEquals("/cabinet/securite/double-authentification.xhtml", path(), "a second factor before anything else");
    }

    @Test
    void partner_shouldSeeOnlyTheFilesSharedWithThem() throws Exception {
        String email = uniqueEmail("partenaire");
        long partner = env.createStaff("Inès", "Partenaire", email, PASSWORD, "PARTNER");
        byte[] secret = env.enrolStaff(partner);
        loginAsOwner();
        long shared = createClient("Partagée", "Anna", uniqueEmail("partagee"), "01/01/1980");
        long other = createClient("Réservé", "Bruno", uniqueEmail("reserve"), "02/02/1982");
        open("/cabinet/clients/fiche.xhtml?id=" + shared);
        assertTrue(text("sharing:shared-with-nobody").contains("partagé avec personne"));
        pick("sharing:shareWith", "Inès Partenaire");
        clickAjax(find("sharing:share"));
        assertTrue(text("sharing:shared-with").contains("Inès Partenaire"));

        WebDriver owner = browser;
        browser = anotherBrowser();
        try {
            loginAsStaff(email, PASSWORD, secret);
            assertEquals("/cabinet/index.xhtml", path());
            open("/cabinet/clients/index.xhtml");
            String list = text("form:clients");
            assertTrue(list.contains("Partagée"), list);
            assertFalse(list.contains("Réservé"), "only the shared file: " + list);
            open("/cabinet/clients/fiche.xhtml?id=" + shared);
            assertEquals("Partagée", text("lastName"));
            assertTrue(browser.findElements(org.openqa.selenium.By.id("sharing")).isEmpty(), "sharing is the owner's");
            assertTrue(browser.findElements(org.openqa.selenium.By.id("data")).isEmpty(), "so are export and erasure");
            open("/cabinet/export-donnees?id=" + shared);
            assertTrue(pageText().contains("Page introuvable"), "the archive of a shared file is the owner's too");
            open("/cabinet/clients/fiche.xhtml?id=" + other);
            assertTrue(pageText().contains("Page introuvable"), "another file does not exist for the partner");
            open("/cabinet/journal.xhtml");
            assertTrue(pageText().contains("Page introuvable"), "the journal is the owner's");
            open("/cabinet/equipe.xhtml");
            assertTrue(pageText().contains("Page introuvable"), "the team is the owner's");
            for (String page : List.of("/cabinet/courriels.xhtml", "/cabinet/clients/nouveau.xhtml")) {
                open(page);
                assertTrue(pageText().contains("Page introuvable"), page + " is the owner's");
            }

            WebDriver partnerBrowser = browser;
            browser = owner;
            open("/cabinet/journal.xhtml?client=" + shared);
            assertTrue(text("form:lines").contains("Inès Partenaire"), "the partner's read is journaled");
            open("/cabinet/clients/fiche.xhtml?id=" + shared);
            clickAjax(find("sharing:shared-with").findElement(org.openqa.selenium.By.tagName("button")));
            assertTrue(text("sharing:shared-with-nobody").contains("partagé avec personne"));
            browser = partnerBrowser;
            open("/cabinet/clients/fiche.xhtml?id=" + shared);
            assertTrue(pageText().contains("Page introuvable"), "no longer shared");
        } finally {
            browser.quit();
            browser = owner;
        }
    }

    @Test
    void replacement_shouldWorkOnlyDuringThePeriod() throws Exception {
        String email = uniqueEmail("remplacante");
        long replacement = env.createStaff("Lou", "Remplaçante", email, PASSWORD, "REPLACEMENT");
        byte[] secret = env.enrolStaff(replacement);
        LocalDate today = LocalDate.now(Dates.PARIS);
        env.setPeriod(replacement, today.minusDays(10), today.minusDays(1));
        loginAsOwner();
        long client = createClient("Remplacée", "Clara", uniqueEmail("remplacee"), "03/03/1973");
        open("/cabinet/clients/fiche.xhtml?id=" + client);
        pick("sharing:shareWith", "Lou Remplaçante");
        clickAjax(find("sharing:share"));
        assertTrue(text("sharing:shared-with").contains("Lou Remplaçante"));
        browser.manage().deleteAllCookies();

        loginAsStaff(email, PASSWORD, secret);
        assertEquals("/cabinet/connexion.xhtml", path(), "the period is over");
        assertTrue(pageText().contains("Adresse ou mot de passe incorrect."));

        env.setPeriod(replacement, today, today.plusDays(7));
        loginAsStaff(email, PASSWORD, secret);
        assertEquals("/cabinet/index.xhtml", path());
        open("/cabinet/clients/fiche.xhtml?id=" + client);
        assertEquals("Remplacée", text("lastName"));

        env.setPeriod(replacement, today.minusDays(7), today.minusDays(1)); // the period ends while logged in
        open("/cabinet/clients/fiche.xhtml?id=" + client);
        assertTrue(pageText().contains("Page introuvable"), "outside the period, nothing is shared");
    }

    @Test
    void endedAccess_shouldCloseTheMembersSessions() throws Exception {
        String email = uniqueEmail("depart");
        long partner = env.createStaff("Noé", "Départ", email, PASSWORD, "PARTNER");
        byte[] secret = env.enrolStaff(partner);
        loginAsStaff(email, PASSWORD, secret);
        assertEquals("/cabinet/index.xhtml", path());

        WebDriver partnerBrowser = browser;
        browser = anotherBrowser();
        try {
            loginAsOwner();
            open("/cabinet/equipe.xhtml");
            var row = find("form:members").findElements(org.openqa.selenium.By.tagName("tr")).stream()
                    .filter(r -> r.getText().contains("Noé Départ")).findFirst().orElseThrow();
            row.findElement(org.openqa.selenium.By.cssSelector("button[id$=':end']")).click();
            clickAjax(find("form:confirm-yes"));
            assertTrue(pageText().contains("L'accès est terminé"), pageText());
        } finally {
            browser.quit();
            browser = partnerBrowser;
        }
        open("/cabinet/clients/index.xhtml");
        assertEquals("/cabinet/connexion.xhtml", path(), "the open session is over");
        loginAsStaff(email, PASSWORD, secret);
        assertEquals("/cabinet/connexion.xhtml", path(), "and no new one");
    }
}
