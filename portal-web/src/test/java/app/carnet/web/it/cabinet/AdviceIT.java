package app.carnet.web.it.cabinet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BrowserTest;
import app.carnet.web.it.Mailbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Advice (P04): from a template, shared in the portal with a content-free email, read back as a real PDF. */
class AdviceIT extends BrowserTest {

    private static final String PASSWORD = "des conseils pour bien dormir";

    @Test
    void advice_shouldGoFromTemplateToTheClientsPortalAndPdf() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String templateTitle = "Sommeil " + tag;
        String email = uniqueEmail("conseillee");
        loginAsOwner();
        open("/cabinet/modeles.xhtml");
        clickAjax(find("form:save-template"));
        assertTrue(pageText().contains("Ce champ est obligatoire."), "title and text are required");
        type("form:templateTitle", templateTitle);
        type("form:templateBody", "Se coucher à heure fixe.\nÉviter les écrans après 21 h.");
        clickAjax(find("form:save-template"));
        assertTrue(pageText().contains("Le modèle est enregistré."), pageText());

        long client = createClient("Conseillée", "Margot", email, "09/09/1999");
        String other = uniqueEmail("autre");
        long otherClient = createClient("Autre", "Paul", other, "10/10/1990");
        open("/cabinet/clients/fiche.xhtml?id=" + client);
        submit("new-advice");
        pick("form:template", templateTitle);
        clickAjax(find("form:apply-template"));
        assertEquals(templateTitle, find("form:title").getDomProperty("value"));
        find("form:body").sendKeys("\nPour Margot : une tisane de verveine.");
        submit("form:save");
        assertTrue(pageText().contains("Le conseil est enregistré."), pageText());

        String pdfText = pdfText(find("form:pdf").getDomProperty("href"));
        assertTrue(pdfText.contains("Conseils pour Margot Conseillée"), pdfText);
        assertTrue(pdfText.contains("Éviter les écrans après 21 h."), pdfText);
        assertTrue(pdfText.contains("Pour Margot : une tisane de verveine."), pdfText);

        var mailbox = new Mailbox(env.mail());
        submit("form:share");
        assertTrue(pageText().contains("Partagé avec le client le"), pageText());
        var notice = mailbox.awaitMessage(email, 2); // 1 is the invitation
        assertTrue(notice.getSubject().startsWith("Un document vous attend"), notice.getSubject());
        assertFalse(Mailbox.text(notice).contains("Sommeil") || Mailbox.text(notice).contains("verveine"),
                "the email says nothing of the content");

        open("/cabinet/clients/conseil.xhtml?client=" + otherClient);
        type("form:title", "Pour l'autre " + tag);
        type("form:body", "Rien de partagé.");
        submit("form:save");
        long otherAdvice = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

        open("/cabinet/journal.xhtml?client=" + client);
        String journal = text("form:lines");
        assertTrue(
                journal.contains("Rédaction d'un conseil") && journal.contains("Partage d'un conseil avec le client"),
                journal);

        submit("user:logout");
        activate(Mailbox.firstLink(mailbox.awaitMessage(email, 1)), PASSWORD);
        loginAsClient(email, PASSWORD);
        submit("advice-link");
        assertTrue(pageText().contains(templateTitle), pageText());
        assertFalse(pageText().contains("Pour l'autre"));
        String portalPdf = pdfText(browser.findElement(By.cssSelector("a.advice-pdf")).getDomProperty("href"));
        assertTrue(portalPdf.contains("Pour Margot : une tisane de verveine."), portalPdf);
        open("/portail/conseil-pdf?id=" + otherAdvice);
        assertTrue(pageText().contains("Page introuvable"), "another client's advice does not exist for this one");
    }

    /** Downloads a PDF with the browser's session and returns its text, read by PDFBox. */
    private String pdfText(String address) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                .header("Cookie", browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElseThrow());
        try (var document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
