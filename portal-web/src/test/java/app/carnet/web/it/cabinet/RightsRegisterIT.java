package app.carnet.web.it.cabinet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.shared.Dates;
import app.carnet.rights.request.RightsDeadline;
import app.carnet.web.it.BrowserTest;
import app.carnet.web.it.Eventually;
import app.carnet.web.it.Mailbox;
import app.carnet.web.it.TestEnvironment;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The register of requests, as the practitioner runs it (GDPR art. 12; décret 2019-536 art. 77; law.md C-R1, C-R2):
 * a request from a letter, identity information then a document's copy asked on a recorded doubt, the copy sent
 * through the emailed single-use link (a non-PDF refused first, nothing written), the clock suspended and restarted,
 * the copy checked then deleted, an extension noticed by email with its reasons, a late extension refused, the
 * answer and a refusal emailed with the CNIL; the practitioner's reminder and the dashboard; and the client's side:
 * the answers readable in the portal, a request made there, which needs no identity proof.
 */
class RightsRegisterIT extends BrowserTest {

    private static final String PASSWORD = "mes demandes et mes droits";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @Test
    void register_shouldRunTheClockIdentityExtensionAndAnswers() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String lastName = "Registre" + tag;
        String email = uniqueEmail("registre");
        var mailbox = new Mailbox(env.mail());
        LocalDate today = Dates.today(Clock.systemUTC());
        loginAsOwner();
        long client = createClient(lastName, "Anne", email, "03/03/1983");

        submit("menu-rights");
        type("form:search", email);
        clickAjax("form:find");
        pick("form:type", "Accès aux données");
        choose("form:channel", "Courrier");
        submit("form:record");
        assertTrue(pageText().contains("Dites ce que vous demandez : une demande vide ne peut pas être traitée."),
                pageText());
        assertEquals(0, requests(client), "an empty request writes nothing");
        type("form:asked", "Par lettre : je demande la copie de toutes mes données.");
        submit("form:record");
        assertTrue(pageText().contains("La demande est enregistrée."), pageText());
        long request = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertEquals("Reçue", text("state"));
        assertTrue(text("due").contains(Dates.date(RightsDeadline.of(today).due(), Locale.FRENCH)), text("due"));

        // a copy of a document only after additional information
        choose("form:step", "La copie d’une pièce d’identité (le doute demeure)");
        type("form:doubt", "Lettre signée d'un seul nom, adresse différente de celle du dossier");
        type("form:question", "La copie d'une pièce d'identité");
        submit("form:ask-identity");
        assertTrue(pageText().contains("Demandez d'abord une information complémentaire"), pageText());
        assertEquals(0, env.queryLong("SELECT COUNT(*) FROM identity_proof WHERE client_id = ?", client));
        choose("form:step", "Une information complémentaire (dates de rendez-vous, adresse du dossier…)");
        type("form:doubt", "Lettre signée d'un seul nom, adresse différente de celle du dossier");
        type("form:question", "Quelle est la date de votre dernier rendez-vous ?");
        submit("form:ask-identity");
        assertEquals("En attente d'identification", text("state"));
        assertTrue(text("due").contains("délai suspendu"), text("due"));
        var information = mailbox.awaitMessage(email, 2); // 1 is the invitation
        assertTrue(Mailbox.text(information).contains("Quelle est la date de votre dernier rendez-vous ?"));

        browser.get(Mailbox.firstLink(information));
        waitForAjax();
        assertTrue(text("question").contains("dernier rendez-vous"));
        type("form:answer", "Le 12 novembre, à 10 h");
        submit("form:send-answer");
        assertTrue(pageText().contains("votre réponse est transmise"), pageText());

        open("/cabinet/droits/demande.xhtml?id=" + request);
        assertEquals("En cours", text("state"), "the clock runs again on receipt");
        assertTrue(text("proofs").contains("Le 12 novembre, à 10 h"), text("proofs"));
        choose("form:step", "La copie d’une pièce d’identité (le doute demeure)");
        type("form:doubt", "Aucun rendez-vous le 12 novembre dans l'agenda");
        type("form:question", "La copie de votre passeport ou de votre carte d'identité");
        submit("form:ask-identity");
        assertEquals("En attente d'identification", text("state"));
        // as if the client took 5 days to answer
        env.update("UPDATE rights_request SET suspended_since = suspended_since - INTERVAL 5 DAY WHERE id = ?",
                request);
        String link = Mailbox.firstLink(mailbox.awaitMessage(email, 3));

        browser.get(link);
        waitForAjax();
        choose("form:kind", "Passeport");
        Path fake = Files.createTempFile("passeport", ".pdf");
        Files.writeString(fake, "MZ this is not a PDF");
        find("form:file").sendKeys(fake.toString());
        submit("form:send-copy");
        assertTrue(pageText().contains("Seuls les fichiers PDF, PNG et JPEG sont acceptés."), pageText());
        assertEquals(0, env.queryLong("SELECT COUNT(*) FROM identity_proof_file f JOIN identity_proof p "
                + "ON p.id = f.id WHERE p.client_id = ?", client), "a refused file writes nothing");
        byte[] pdf = "%PDF-1.4\n% passeport de test\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Path copy = Files.createTempFile("passeport", ".pdf");
        Files.write(copy, pdf);
        choose("form:kind", "Passeport");
        find("form:file").sendKeys(copy.toString());
        submit("form:send-copy");
        assertTrue(pageText().contains("votre réponse est transmise"), pageText());
        browser.get(link);
        waitForAjax();
        assertTrue(find("problem").isDisplayed(), "the link served once");

        open("/cabinet/droits/demande.xhtml?id=" + request);
        assertEquals("En cours", text("state"));
        assertTrue(text("due").contains(Dates.date(new RightsDeadline(today, 1, 5).due(), Locale.FRENCH)),
                "restarted with the 5 days waited added: " + text("due"));
        var download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                find("proofs").findElement(By.tagName("a")).getDomProperty("href"))).header("Cookie", cookies())
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        try (var connection = env.database();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT f.content FROM identity_proof_file f JOIN identity_proof p "
                        + "ON p.id = f.id WHERE p.client_id = " + client)) {
            assertTrue(rows.next());
            assertFalse(new String(rows.getBytes(1), StandardCharsets.ISO_8859_1).contains("%PDF"), "sealed at rest");
        }
        submit("form:verify-identity");
        assertTrue(pageText().contains("L'identité est vérifiée ; la réponse et la copie sont effacées."), pageText());
        assertEquals(0, env.queryLong("SELECT COUNT(*) FROM identity_proof_file f JOIN identity_proof p "
                + "ON p.id = f.id WHERE p.client_id = ?", client), "the copy is gone");
        assertEquals(0, env.queryLong("SELECT COUNT(*) FROM identity_proof WHERE client_id = ? "
                + "AND (answer IS NOT NULL OR has_copy)", client), "and so is the typed answer");
        assertEquals("Vérifiée le " + Dates.date(today, Locale.FRENCH) + " avec Passeport", text("verified"));

        submit("form:extend");
        assertTrue(pageText().contains("Donnez les raisons de la prolongation"), pageText());
        assertEquals(1, env.queryLong("SELECT months FROM rights_request WHERE id = ?", request));
        choose("form:months", "Deux mois de plus");
        type("form:reasons", "Dossier de plusieurs années de consultations " + tag);
        submit("form:extend");
        assertEquals("Prolongée", text("state"));
        var extension = mailbox.awaitMessage(email, 4);
        assertEquals("Votre demande : le délai de réponse est prolongé", extension.getSubject());
        String notice = Mailbox.text(extension);
        assertTrue(
                notice.contains("plusieurs années de consultations " + tag) && notice.contains("www.cnil.fr/plaintes")
                        && notice.contains(Dates.date(new RightsDeadline(today, 3, 5).due(), Locale.FRENCH)),
                notice);

        type("form:answer", "Voici l'archive de vos données " + tag + ", remise en main propre.");
        submit("form:send-answer");
        assertEquals("Répondue", text("state"));
        var answer = mailbox.awaitMessage(email, 5);
        assertEquals("Votre demande d'accès à vos données : la réponse", answer.getSubject());
        assertTrue(Mailbox.text(answer).contains("Voici l'archive de vos données " + tag)
                && Mailbox.text(answer).contains("3 place de Fontenoy"), Mailbox.text(answer));

        // a call received 40 days ago: too late to extend; overdue, so on the dashboard and reminded once
        open("/cabinet/droits/index.xhtml");
        type("form:search", email);
        clickAjax("form:find");
        pick("form:type", "Effacement");
        choose("form:channel", "Appel");
        type("form:receivedOn", TYPED.format(today.minusDays(40)));
        type("form:asked", "Au téléphone : effacez tout.");
        submit("form:record");
        long late = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        choose("form:months", "Un mois de plus");
        type("form:reasons", "Trop tard");
        submit("form:extend");
        assertTrue(pageText().contains("Le délai ne peut plus être prolongé : le premier mois est écoulé"),
                pageText());
        assertEquals(1, env.queryLong("SELECT months FROM rights_request WHERE id = ?", late), "nothing written");
        assertTrue(text("due").contains("en retard de"), text("due"));
        open("/cabinet/index.xhtml");
        assertTrue(text("rights-due").contains("Effacement") && text("rights-due").contains("en retard de"),
                text("rights-due"));
        var reminders = Eventually.until(Duration.ofSeconds(30), () -> reminders(mailbox, late), r -> !r.isEmpty());
        assertEquals(1, reminders.size(), "reminded");
        assertFalse(Mailbox.text(reminders.getFirst()).contains(lastName), "no name in the reminder");
        open("/cabinet/droits/demande.xhtml?id=" + late);
        submit("form:refuse");
        assertTrue(pageText().contains("Donnez la raison du refus"), pageText());
        type("form:reason", "Les factures doivent être gardées dix ans " + tag);
        submit("form:refuse");
        assertEquals("Refusée", text("state"));
        var refusal = mailbox.awaitMessage(email, 6);
        assertTrue(Mailbox.text(refusal).contains("dix ans " + tag) && Mailbox.text(refusal).contains("CNIL"));
        assertEquals(1, reminders(mailbox, late).size(), "reminded once, however often the timer ran");

        // the client's side
        String invitation = Mailbox.firstLink(mailbox.awaitMessage(email, 1));
        submit("user:logout");
        activate(invitation, PASSWORD);
        loginAsClient(email, PASSWORD);
        open("/portail/mes-droits.xhtml");
        assertTrue(text("identity-notice").contains("la loi ne la permet qu'en cas de doute raisonnable"));
        String mine = text("mine");
        assertTrue(mine.contains("Voici l'archive de vos données " + tag) && mine.contains("Répondue"), mine);
        assertTrue(mine.contains("dix ans " + tag) && mine.contains("Refusée"), "the refusal's reason: " + mine);
        pick("requests:type", "Rectification");
        clickAjax("requests:send");
        assertTrue(pageText().contains("Dites ce que vous demandez"), pageText());
        assertEquals(2, requests(client), "an empty request writes nothing");
        type("requests:asked", "Ma date de naissance est le 3 mars 1983 " + tag + ", pas le 4.");
        clickAjax("requests:send");
        assertTrue(text("mine").contains("3 mars 1983 " + tag), text("mine"));

        submit("user:logout");
        loginAsOwner();
        open("/cabinet/droits/index.xhtml");
        var row = find("register").findElement(By.xpath(".//tr[contains(., 'Espace client') and contains(., '"
                + lastName + "')]"));
        assertTrue(row.getText().contains("Rectification") && row.getText().contains("Reçue"), row.getText());
        submit(row.findElement(By.tagName("a")).getDomAttribute("id"));
        assertTrue(text("asked").contains("3 mars 1983 " + tag));
        assertTrue(text("form:identity").contains("aucune pièce d'identité ne peut être demandée"),
                text("form:identity"));
        assertTrue(browser.findElements(By.id("form:ask-identity")).isEmpty(), "no identity proof from the portal");

        open("/cabinet/journal.xhtml?client=" + client);
        String journal = text("form:lines");
        for (String action : List.of("Enregistrement d'une demande d'exercice des droits",
                "Lecture d'une demande d'exercice des droits", "Lecture d'une pièce d'identité",
                "Vérification de l'identité")) {
            assertTrue(journal.contains(action), action + " in " + journal);
        }
    }

    private long requests(long client) throws Exception {
        return env.queryLong("SELECT COUNT(*) FROM rights_request WHERE client_id = ?", client);
    }

    private static List<MimeMessage> reminders(Mailbox mailbox, long request) throws Exception {
        return mailbox.messagesTo(TestEnvironment.OWNER_EMAIL).stream()
                .filter(m -> Mailbox.subject(m).equals("Une demande d'exercice des droits arrive à échéance"))
                .filter(m -> {
                    try {
                        return Mailbox.text(m).contains("demande.xhtml?id=" + request);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }).toList();
    }

}
