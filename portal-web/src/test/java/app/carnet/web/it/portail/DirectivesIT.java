package app.carnet.web.it.portail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BrowserTest;
import app.carnet.web.it.Mailbox;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Directives after death (Loi Informatique et Libertés art. 85): a client gives them with a specific consent,
 * changes, revokes and gives them again; the practitioner records the death; the designee confirms their address
 * and downloads the archive of the health data once; the exchanges the client had erased are gone, and the portal
 * account no longer logs in.
 */
class DirectivesIT extends BrowserTest {

    private static final String PASSWORD = "mes volontés après moi";
    private static final String COMMUNICATE = "Transmettre à la personne désignée";

    @Test
    void directives_shouldBeFiledChangedRevokedThenCarriedOutOnARecordedDeath() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String email = uniqueEmail("directives");
        String designee = uniqueEmail("proche");
        var mailbox = new Mailbox(env.mail());
        var yesterday = LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        // The practitioner's file: a weight (health, to be passed on) and a message (exchanges, to be erased).
        loginAsOwner();
        long client = createClient("Volonté" + tag, "Alice", email, "03/03/1953");
        open("/cabinet/clients/sante.xhtml?id=" + client);
        type("form:measuredOn", yesterday);
        type("form:weightKg", "72,5");
        clickAjax("form:measure");
        open("/cabinet/clients/echanges.xhtml?id=" + client);
        type("form:reply", "Message privé " + tag);
        clickAjax("form:send");
        assertTrue(text("conversation").contains("Message privé " + tag));
        String invitation = Mailbox.firstLink(mailbox.awaitMessage(email, 1));
        submit("user:logout");

        activate(invitation, PASSWORD);
        loginAsClient(email, PASSWORD);
        open("/portail/mes-droits.xhtml");
        assertTrue(text("directives").contains("Après mon décès"), text("directives"));
        submit("directives-link");
        assertEquals("/portail/directives.xhtml", path());
        assertTrue(text("explained").contains("tiers de confiance numérique certifié par la CNIL")
                && text("explained").contains("Aucun n'est certifié à ce jour"), text("explained"));

        // Bad input writes nothing: "communicate" without a designee, then a designee without an email.
        chooseAll(COMMUNICATE, "Effacer", "Effacer");
        consent();
        clickAjax("form:file");
        assertTrue(pageText().contains("Pour transmettre des données, indiquez le nom et l'adresse électronique de la "
                + "personne désignée."), pageText());
        type("form:designeeName", "Bruno Proche");
        clickAjax("form:file");
        assertTrue(pageText().contains("Indiquez l'adresse électronique de la personne désignée."), pageText());
        assertTrue(text("history").contains("Aucune directive n'a encore été donnée."), "nothing was written");
        // Without the specific consent: refused too.
        type("form:designeeEmail", designee);
        consent(); // unticks
        clickAjax("form:file");
        assertTrue(pageText().contains("Cochez la case de consentement"), pageText());

        consent();
        clickAjax("form:file");
        assertTrue(pageText().contains("Vos directives sont enregistrées."), pageText());
        assertTrue(text("in-force").contains("Version 1") && text("in-force").contains("Santé")
                && text("in-force").contains("Bruno Proche"), text("in-force"));

        // Changed: a new version, the older one kept.
        chooseAll(COMMUNICATE, "Conserver", "Effacer");
        consent();
        clickAjax("form:file");
        assertTrue(text("in-force").contains("Version 2"), text("in-force"));
        assertTrue(text("in-force").contains("Rendez-vous : Conserver"), text("in-force"));

        // Revoked, then given again.
        clickAjax("form:revoke");
        assertTrue(pageText().contains("Vos directives sont révoquées."), pageText());
        assertTrue(text("in-force").contains("Vous n'avez pas de directives en vigueur."), text("in-force"));
        chooseAll(COMMUNICATE, "Effacer", "Effacer");
        type("form:designeeName", "Bruno Proche");
        type("form:designeeEmail", designee);
        consent();
        clickAjax("form:file");
        assertTrue(text("in-force").contains("Version 4"), text("in-force"));
        String history = text("history");
        assertTrue(history.contains("Version 1") && history.contains("Version 2") && history.contains("révocation")
                && history.contains("Version 4") && history.contains("version actuelle"), history);
        // A limitation still holds at death: the rights end with the person (LIL art. 84), the limitation with them,
        // and the directives are carried out all the same.
        open("/portail/mes-droits.xhtml");
        find("limitation:ground").findElement(By.cssSelector("label[for='limitation:ground:0']")).click();
        type("limitation:reason", "Mon adresse est fausse");
        submit("limitation:ask");
        assertTrue(text("limited").contains("Vos données sont limitées depuis le"), pageText());
        submit("user:logout");

        // The practitioner records the death, after a document that is not a PDF, JPEG or PNG is refused.
        loginAsOwner();
        open("/cabinet/clients/fiche.xhtml?id=" + client);
        submit("death");
        assertEquals("/cabinet/clients/deces.xhtml", path());
        assertTrue(text("directives").contains("Santé (dossier de santé, consultations, pièces jointes, conseils) : "
                + COMMUNICATE) && text("directives").contains("Bruno Proche"), text("directives"));
        type("form:diedOn", yesterday);
        choose("form:learntHow", "Par un notaire");
        var fake = Files.createTempFile("acte", ".pdf");
        Files.writeString(fake, "MZ not a PDF");
        find("form:document").sendKeys(fake.toString());
        submit("form:record");
        assertTrue(pageText().contains("Le justificatif doit être un PDF, une image JPEG ou PNG."), pageText());
        var pdf = Files.createTempFile("acte", ".pdf");
        Files.write(pdf, "%PDF-1.4\n% acte de décès\n".getBytes(StandardCharsets.US_ASCII));
        type("form:diedOn", yesterday);
        choose("form:learntHow", "Par un notaire");
        find("form:document").sendKeys(pdf.toString());
        submit("form:record");
        assertTrue(pageText().contains("Le décès est enregistré et les directives appliquées."), pageText());
        String outcome = text("outcome");
        assertTrue(outcome.contains("Espace client fermé") && outcome.contains("Archive préparée")
                && outcome.contains("Catégories à effacer : Rendez-vous, Échanges"), outcome);
        assertTrue(text("death").contains("application/pdf"), text("death"));
        assertFalse(pageText().contains("Demandes des héritiers"), "the directives apply, not the heirs");

        // The erased categories are gone, the health data stays.
        open("/cabinet/clients/echanges.xhtml?id=" + client);
        assertFalse(text("conversation").contains("Message privé " + tag), text("conversation"));
        open("/cabinet/clients/sante.xhtml?id=" + client);
        assertTrue(text("form").contains("72,5"), text("form"));
        submit("user:logout");

        // The designee confirms their address, then downloads the archive once.
        var first = mailbox.awaitMessage(designee, 1);
        assertTrue(Mailbox.subject(first).startsWith("Des directives vous concernent"), Mailbox.subject(first));
        browser.get(Mailbox.firstLink(first));
        waitForAjax();
        clickAjax("form:confirm");
        assertTrue(text("form").contains("Votre adresse est confirmée."), text("form"));
        String archiveLink = Mailbox.firstLink(mailbox.awaitMessage(designee, 2));
        var http = HttpClient.newHttpClient();
        var download = http.send(HttpRequest.newBuilder(URI.create(archiveLink)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        var entries = unzip(download.body());
        String data = entries.get("donnees.json");
        assertTrue(data.contains("\"measurements\"") && data.contains("72.5"), data);
        assertFalse(data.contains("Message privé") || data.contains("\"file\"") || data.contains("accessJournal"),
                "only what the client chose to pass on: " + data);
        var again = http.send(HttpRequest.newBuilder(URI.create(archiveLink)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(410, again.statusCode(), "the link works once");
        browser.get(Mailbox.firstLink(first));
        waitForAjax();
        assertTrue(pageText().contains("Ce lien n'est pas valable"), "the confirmation link served once too");

        // No login after death.
        loginAsClient(email, PASSWORD);
        assertEquals("/portail/connexion.xhtml", path(), pageText());

        loginAsOwner();
        open("/cabinet/clients/deces.xhtml?id=" + client);
        String steps = text("designee-steps");
        assertFalse(steps.contains("pas encore"), "confirmed and downloaded: " + steps);
    }

    @Test
    void heirs_shouldHaveTheirRequestsRecordedWhenTheClientLeftNoDirectives() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        loginAsOwner();
        String address = uniqueEmail("heritage");
        long client = createClient("Héritage" + tag, "Paul", address, "04/04/1944");
        open("/cabinet/clients/deces.xhtml?id=" + client);
        assertTrue(text("directives").contains("Le client n'a pas laissé de directives."), text("directives"));
        type("form:diedOn", LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(1)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        submit("form:record");
        assertTrue(pageText().contains("La date du décès ne peut être ni après aujourd'hui ni avant la naissance."),
                pageText());
        assertTrue(pageText().contains("Ce champ est obligatoire."), "how it was learnt is required");
        type("form:diedOn", LocalDate.now(ZoneId.of("Europe/Paris")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        choose("form:learntHow", "Par la famille ou un proche");
        submit("form:record");
        assertTrue(text("outcome").contains("Pas de directives") && text("outcome").contains("n'avait pas d'espace"),
                text("outcome"));
        assertTrue(text("heirs").contains("règlement de la succession") && text("heirs").contains("L1110-4"),
                text("heirs"));

        clickAjax("heirs:add");
        assertTrue(text("heirs").contains("Ce champ est obligatoire."), text("heirs"));
        assertFalse(text("heirs-requests").contains("Fille"), "nothing written");
        type("heirs:requester", "Jeanne " + tag + ", sa fille");
        choose("heirs:kind", "Prise en compte du décès : clôture du compte");
        type("heirs:detail", "Courrier du notaire");
        clickAjax("heirs:add");
        assertTrue(pageText().contains("La demande est enregistrée"), pageText());
        assertTrue(text("heirs-requests").contains("Jeanne " + tag + ", sa fille")
                && text("heirs-requests").contains("clôture du compte"), text("heirs-requests"));

        // Answered in the register: nothing goes to the deceased's address, whoever reads it now
        long request = env.queryLong("SELECT id FROM rights_request WHERE client_id = ? AND type = 'HEIRS'", client);
        int before = new app.carnet.web.it.Mailbox(env.mail()).messagesTo(address).size();
        long written = env.queryLong("SELECT COUNT(*) FROM outgoing_email WHERE client_id = ?", client);
        open("/cabinet/droits/demande.xhtml?id=" + request);
        assertTrue(text("form:no-email").contains("son décès est enregistré"), pageText());
        new app.carnet.web.it.RightsRequestPages(this, new app.carnet.web.it.Mailbox(env.mail()))
                .answerRequest(request, "Le compte est clos " + tag);
        assertTrue(pageText().contains("Aucun courriel n'est parti"), pageText());
        assertEquals(1, env.queryLong("SELECT COUNT(*) FROM rights_request WHERE id = ? AND state = 'ANSWERED'",
                request));
        assertEquals(before, new app.carnet.web.it.Mailbox(env.mail()).messagesTo(address).size());
        assertEquals(written, env.queryLong("SELECT COUNT(*) FROM outgoing_email WHERE client_id = ?", client),
                "not even kept to send later");

        open("/cabinet/journal.xhtml?client=" + client);
        String journal = text("form:lines");
        assertTrue(
                journal.contains("Enregistrement du décès")
                        && journal.contains("Enregistrement d'une demande d'héritier"),
                journal);

        // The relationship ended on the death: the file may be erased, the death and the heirs' requests with it.
        assertEquals(1, count("client_death", client));
        open("/cabinet/clients/fiche.xhtml?id=" + client);
        find("data:erase").click();
        clickAjax("data:confirm-yes");
        assertTrue(pageText().contains("Les données du client sont effacées."), pageText());
        for (String table : new String[] {"directive_version", "client_death", "heirs_request"}) {
            assertEquals(0, count(table, client), table + " still holds the client's data");
        }
    }

    private static long count(String table, long client) throws java.sql.SQLException {
        try (var connection = env.database();
                var rows = connection.createStatement()
                        .executeQuery("SELECT COUNT(*) FROM " + table + " WHERE client_id = " + client)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Health, appointments, exchanges; the file is kept. */
    private void chooseAll(String health, String appointments, String exchanges) {
        choose("form:choice-FILE", "Conserver");
        choose("form:choice-HEALTH", health);
        choose("form:choice-APPOINTMENTS", appointments);
        choose("form:choice-EXCHANGES", exchanges);
    }

    private void consent() {
        find("form:consent").findElement(By.cssSelector(".ui-chkbox-box")).click();
    }

    private static Map<String, String> unzip(byte[] archive) throws Exception {
        var entries = new LinkedHashMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
