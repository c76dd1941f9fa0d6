package app.carnet.web.it.portail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BrowserTest;
import app.carnet.web.it.Eventually;
import app.carnet.web.it.Mailbox;
import app.carnet.web.it.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * Exchanges (P13): incoming calls logged with their follow-up, and the secure messaging both ways, whose emails say
 * only that a message waits.
 */
class ExchangesIT extends BrowserTest {

    private static final String PASSWORD = "un message en toute confiance";

    @Test
    void exchanges_shouldBeLoggedAndMessagesGoBothWaysWithContentFreeEmails() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String email = uniqueEmail("echange");
        var mailbox = new Mailbox(env.mail());
        loginAsOwner();
        long client = createClient("Échange" + tag, "Rose", email, "11/11/1971");
        submit("exchanges");

        type("form:time", "25h99");
        clickAjax("form:log");
        assertTrue(pageText().contains("Saisissez une heure au format hh:mm."), pageText());
        assertTrue(pageText().contains("Ce champ est obligatoire."), "the summary is required");
        // yesterday: 9h30 today is still to come when the tests run at night
        type("form:day", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).minusDays(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        type("form:time", "9h30");
        type("form:summary", "Demande à décaler le rendez-vous");
        type("form:followUp", "Rappeler demain");
        clickAjax("form:log");
        assertTrue(text("incoming").contains("Demande à décaler le rendez-vous"), pageText());
        assertTrue(text("incoming").contains("Rappeler demain"));
        clickAjax(find("incoming").findElement(org.openqa.selenium.By.cssSelector("button[id$=':done']"))
                .getDomAttribute("id"));
        assertTrue(text("incoming").contains("fait"), text("incoming"));

        type("form:reply", "Votre bilan " + tag + " est prêt.");
        clickAjax("form:send");
        assertTrue(text("conversation").contains("Votre bilan " + tag + " est prêt."));
        var waiting = mailbox.awaitMessage(email, 2); // 1 is the invitation
        assertTrue(waiting.getSubject().startsWith("Un message vous attend"), waiting.getSubject());
        assertFalse(Mailbox.text(waiting).contains(tag), "the email says nothing of the message");

        String invitation = Mailbox.firstLink(mailbox.awaitMessage(email, 1));
        submit("user:logout");
        activate(invitation, PASSWORD);
        loginAsClient(email, PASSWORD);
        submit("messages-link");
        assertTrue(text("conversation").contains("Votre bilan " + tag + " est prêt."));
        type("form:message", "Merci " + tag + ", à bientôt.");
        clickAjax("form:send");
        assertTrue(text("conversation").contains("Merci " + tag + ", à bientôt."));

        var toPractice = Eventually.until(java.time.Duration.ofSeconds(10), () -> mailbox.messagesTo(
                TestEnvironment.OWNER_EMAIL).stream()
                .filter(m -> subject(m).startsWith("Un message de client vous attend"))
                .findFirst(), java.util.Optional::isPresent);
        assertTrue(toPractice.isPresent(), "the practitioner is told");
        String told = Mailbox.text(toPractice.get());
        assertFalse(told.contains(tag) || told.contains("Rose"), "neither the content nor the client's name: " + told);

        submit("user:logout");
        loginAsOwner();
        submit("menu-messages");
        assertTrue(text("waiting").contains("Échange" + tag), text("waiting"));
        clickAjax(find("waiting").findElement(org.openqa.selenium.By.partialLinkText("Échange" + tag)));
        assertTrue(text("conversation").contains("Merci " + tag + ", à bientôt."));
        open("/cabinet/messages.xhtml");
        assertFalse(pageText().contains("Échange" + tag), "read now");

        open("/cabinet/journal.xhtml?client=" + client);
        String journal = text("form:lines");
        assertTrue(journal.contains("Note d'un appel, courrier ou courriel")
                && journal.contains("Envoi d'un message au client")
                && journal.contains("Lecture des messages"), journal);
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
