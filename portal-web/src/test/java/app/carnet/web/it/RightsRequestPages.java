package app.carnet.web.it;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The register of requests driven through its pages, for the tests that need requests, identity questions and a
 * copy of a document in the database (the registry's and the encryption's tests): as the owner, logged in.
 */
public final class RightsRequestPages {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final BrowserTest test;
    private final Mailbox mailbox;

    public RightsRequestPages(BrowserTest test, Mailbox mailbox) {
        this.test = test;
        this.mailbox = mailbox;
    }

    /** Records a request received by letter from the client of that address; returns its id. */
    public long recordByLetter(String email, String type, String asked) {
        test.open("/cabinet/droits/index.xhtml");
        test.type("form:search", email);
        test.clickAjax("form:find");
        test.pick("form:type", type);
        test.choose("form:channel", "Courrier");
        test.type("form:asked", asked);
        test.submit("form:record");
        return Long.parseLong(test.browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /**
     * Asks additional information (or, {@code document}, a copy) because of {@code doubt}, and returns the link the
     * client received.
     */
    public String askIdentity(long request, String email, boolean document, String doubt, String question)
            throws Exception {
        int before = mailbox.messagesTo(email).size();
        test.open("/cabinet/droits/demande.xhtml?id=" + request);
        if (document) {
            test.choose("form:step", "La copie d’une pièce d’identité (le doute demeure)");
        }
        test.type("form:doubt", doubt);
        test.type("form:question", question);
        test.submit("form:ask-identity");
        List<MimeMessage> sent = Eventually.until(PATIENCE, () -> mailbox.messagesTo(email),
                m -> m.size() > before);
        if (sent.size() <= before) {
            throw new AssertionError("No identity question reached " + email + ": " + test.pageText());
        }
        return Mailbox.firstLink(sent.getLast());
    }

    /** Answers an identity question with typed information, through its link. */
    public void answer(String link, String text) {
        test.browser.get(link);
        test.waitForAjax();
        test.type("form:answer", text);
        test.submit("form:send-answer");
    }

    /** Sends the copy of a passport, through its link. */
    public void sendCopy(String link, Path file) {
        test.browser.get(link);
        test.waitForAjax();
        test.choose("form:kind", "Passeport");
        test.find("form:file").sendKeys(file.toString());
        test.submit("form:send-copy");
    }

    /** Extends the request by two months, with these reasons. */
    public void extend(long request, String reasons) {
        test.open("/cabinet/droits/demande.xhtml?id=" + request);
        test.choose("form:months", "Deux mois de plus");
        test.type("form:reasons", reasons);
        test.submit("form:extend");
    }

    /** Answers the request. */
    public void answerRequest(long request, String text) {
        test.open("/cabinet/droits/demande.xhtml?id=" + request);
        test.type("form:answer", text);
        test.submit("form:send-answer");
    }
}
