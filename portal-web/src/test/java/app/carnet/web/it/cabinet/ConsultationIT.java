package app.carnet.web.it.cabinet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.shared.Dates;
import app.carnet.web.it.BrowserTest;
import app.carnet.web.it.Mailbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Consultation records: written with every problem shown, attachments checked by content and size and sealed,
 * downloaded and journaled; what is shared reaches the client's portal, and a voided consultation leaves it.
 */
class ConsultationIT extends BrowserTest {

    /** The smallest PNG: one transparent pixel. */
    private static final byte[] PNG = HexFormat.of()
            .parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    + "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");
    private static final String PASSWORD = "mes consultations en ligne";

    @Test
    void consultation_shouldBeRecordedAttachedSharedAndVoided() throws Exception {
        String email = uniqueEmail("consulte");
        loginAsOwner();
        long client = createClient("Consulté", "Léon", email, "08/08/1988");
        submit("new-consultation");
        type("form:heldOn", DateTimeFormatter.ofPattern("dd/MM/uuuu").format(LocalDate.now(Dates.PARIS).plusDays(3)));
        submit("form:save");
        assertTrue(pageText().contains("Cette date est dans le futur."), pageText());
        assertTrue(pageText().contains("Ce champ est obligatoire."), "the reason is required");

        type("form:heldOn", "");
        type("form:reason", "Troubles du sommeil");
        type("form:notes", "Endormissement difficile depuis 3 mois.");
        type("form:followUp", "Revoir dans 4 semaines.");
        type("form:sharedSummary", "Tisane de tilleul le soir, coucher à heure fixe.");
        submit("form:save");
        assertTrue(pageText().contains("La consultation est enregistrée."), pageText());
        assertEquals("Troubles du sommeil", find("form:reason").getDomProperty("value"));

        Path fake = Files.createTempFile("bilan", ".pdf");
        Files.writeString(fake, "MZ this is not a PDF");
        find("form:upload").sendKeys(fake.toString());
        submit("form:attach");
        assertTrue(pageText().contains("Seuls les fichiers PDF, PNG et JPEG sont acceptés."), pageText());
        Path png = Files.createTempFile("pixel", ".png");
        Files.write(png, PNG);
        find("form:upload").sendKeys(png.toString());
        submit("form:attach");
        assertTrue(pageText().contains("Le fichier est joint."), pageText());
        var link = find("form:attachments").findElement(By.cssSelector("a.attachment-link"));
        assertEquals(png.getFileName().toString(), link.getText());

        var download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.getDomProperty("href")))
                .header("Cookie", browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(PNG, download.body(), "the file comes back as it went in");
        assertEquals("image/png", download.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
        var anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.getDomProperty("href")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertFalse(anonymous.statusCode() == 200 && anonymous.body().contains("PNG"), "not without a staff session");

        try (var connection = env.database();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "SELECT c.content FROM attachment_content c JOIN consultation_attachment a ON a.id = c.id "
                                + "WHERE a.client_id = " + client)) {
            rows.next();
            byte[] stored = rows.getBytes(1);
            assertFalse(HexFormat.of().formatHex(stored).contains("89504e47"), "sealed, not the PNG itself");
        }

        long consultationPage = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        open("/cabinet/clients/consultation.xhtml?client=" + client);
        type("form:reason", "Appel de suivi");
        type("form:notes", "Rien à partager.");
        submit("form:save");

        open("/cabinet/journal.xhtml?client=" + client);
        String journal = text("form:lines");
        for (String action : new String[] {"Enregistrement d'une consultation", "Ajout d'une pièce jointe",
            "Téléchargement d'une pièce jointe"}) {
            assertTrue(journal.contains(action), action + " in " + journal);
        }

        String invitation = Mailbox.firstLink(new Mailbox(env.mail()).awaitMessage(email, 1));
        submit("user:logout");
        activate(invitation, PASSWORD);
        loginAsClient(email, PASSWORD);
        submit("consultations-link");
        String shared = pageText();
        assertTrue(shared.contains("Tisane de tilleul le soir"), shared);
        assertFalse(shared.contains("Endormissement") || shared.contains("Revoir") || shared.contains("Appel de suivi"),
                "only what the practitioner chose to share");

        submit("user:logout");
        loginAsOwner();
        open("/cabinet/clients/consultation.xhtml?client=" + client + "&id=" + consultationPage);
        submit("form:void");
        assertTrue(pageText().contains("Ce champ est obligatoire."), "a reason to void");
        type("form:voidReason", "mauvais client");
        submit("form:void");
        assertTrue(text("voided-notice").contains("mauvais client"));
        assertTrue(browser.findElements(By.id("form:save")).isEmpty(), "a voided consultation is not rewritten");
        submit("user:logout");
        loginAsClient(email, PASSWORD);
        open("/portail/consultations.xhtml");
        assertFalse(pageText().contains("Tisane"), "a voided consultation leaves the portal");
    }
}
