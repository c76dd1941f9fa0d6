package app.carnet.web.it.portail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BrowserTest;
import app.carnet.web.it.Eventually;
import app.carnet.web.it.Mailbox;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

/**
 * The client downloads their access and portability archives from « Mes données et mes droits » (GDPR art. 15 and
 * 20), reads them back (JSON, CSV for a French spreadsheet, FHIR R4 validated), finds the download in their access
 * journal, and the practitioner's notes only in the access archive. The access archive, with an attachment of
 * 100 kB, is large for the test server (64 kB): it is made in the background with a progress bar, the client is
 * emailed, downloads it twice, and once expired it is refused and deleted.
 */
class ExportIT extends BrowserTest {

    private static final String PASSWORD = "mes données, à emporter";

    @Test
    void client_shouldDownloadBothArchivesThemselves() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String notes = "Note du praticien " + tag;
        String email = uniqueEmail("export");
        loginAsOwner();
        long client = createClient("Export" + tag, "Inès", email, "03/03/1983");
        open("/cabinet/clients/sante.xhtml?id=" + client);
        type("form:heightCm", "168");
        type("form:weightKg", "60");
        clickAjax("form:measure");
        open("/cabinet/clients/consultation.xhtml?client=" + client);
        type("form:reason", "Dos " + tag);
        type("form:notes", notes);
        submit("form:save");
        byte[] pdf = new byte[100_000];
        Arrays.fill(pdf, (byte) ' ');
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
        var attachment = Files.createTempFile("bilan", ".pdf");
        Files.write(attachment, pdf);
        find("form:upload").sendKeys(attachment.toString());
        submit("form:attach");
        assertTrue(pageText().contains("Le fichier est joint."), pageText());
        submit("user:logout");

        activate(Mailbox.firstLink(new Mailbox(env.mail()).awaitMessage(email, 1)), PASSWORD);
        loginAsClient(email, PASSWORD);
        submit("rights-link");
        assertTrue(text("export").contains("Archive de portabilité"), text("export"));

        // The portability archive is small: at once. The access archive is large: made in the background.
        Map<String, byte[]> portable = unzip(download(find("export-form:export-portability").getAttribute("href")));
        assertTrue(text("export-form:archive-access").contains("volumineuse"), text("export"));
        clickAjax("export-form:prepare-access");
        assertTrue(find("export-form:progress-access").isDisplayed(), "the progress bar, at once");
        String prepared = find("export-form:export-access").getAttribute("href");
        assertTrue(text("export-form:ready-access").contains("à télécharger jusqu'au"), text("export"));
        Map<String, byte[]> access = unzip(download(prepared));
        assertArrayEquals(pdf, access.entrySet().stream().filter(e -> e.getKey().startsWith("pieces-jointes/"))
                .findFirst().orElseThrow().getValue());
        assertEquals(access.keySet(), unzip(download(prepared)).keySet(), "downloaded again while offered");
        var ready = new Mailbox(env.mail()).messagesTo(email).stream().filter(m -> Mailbox.subject(m)
                .equals("Votre archive est prête")).findFirst().orElseThrow();
        assertTrue(Mailbox.text(ready).contains("/portail/mes-droits.xhtml"), Mailbox.text(ready));

        JsonObject sections = sections(access);
        assertEquals(notes, sections.getJsonArray("consultations").getJsonObject(0).getJsonObject("form")
                .getString("notes"));
        assertTrue(sections.containsKey("accessJournal"), "who consulted the file");
        assertTrue(new String(access.get("csv/consultations.csv"), StandardCharsets.UTF_8).contains(notes));

        JsonObject provided = sections(portable);
        assertEquals("Export" + tag, provided.getJsonArray("file").getJsonObject(0).getJsonObject("file")
                .getString("lastName"));
        assertFalse(provided.containsKey("consultations"));
        assertFalse(provided.containsKey("accessJournal"));
        for (var entry : portable.entrySet()) {
            assertFalse(new String(entry.getValue(), StandardCharsets.UTF_8).contains(notes), entry.getKey());
        }

        byte[] csv = portable.get("csv/measurements.csv");
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3), "BOM");
        String[] lines = new String(csv, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertEquals("id;measuredOn;heightCm;weightKg", lines[0]);
        assertTrue(lines[1].matches("\\d+;\\d\\d/\\d\\d/\\d{4};168;60(,0+)?"), lines[1]);

        for (var archive : List.of(access, portable)) {
            var bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class,
                    new String(archive.get("sante.fhir.json"), StandardCharsets.UTF_8));
            assertEquals(List.of(), errors(bundle));
            assertEquals("Patient", bundle.getEntryFirstRep().getResource().fhirType());
        }
        assertTrue(new String(access.get("resume.html"), StandardCharsets.UTF_8).contains("archive d&#39;accès"));

        open("/portail/acces.xhtml");
        assertEquals(2, pageText().split("Archive d'accès téléchargée par le client", -1).length - 1, pageText());
        assertTrue(pageText().contains("Archive de portabilité téléchargée par le client"), pageText());
        assertEquals(404, status("/portail/mes-donnees?archive=autre"));

        // Once its time is past, the archive is refused, then deleted with its parts.
        long id = Long.parseLong(prepared.substring(prepared.indexOf("preparee=") + 9));
        env.update("UPDATE prepared_archive SET expires_at = '2000-01-01 00:00:00' WHERE id = ?", id);
        assertEquals(410, status("/portail/mes-donnees?preparee=" + id));
        assertEquals(0L, Eventually.until(java.time.Duration.ofSeconds(30),
                () -> env.queryLong("SELECT COUNT(*) FROM prepared_archive_part WHERE archive_id = ?", id)
                        + env.queryLong("SELECT COUNT(*) FROM prepared_archive WHERE id = ?", id),
                rows -> rows == 0), "deleted by the timer");
        open("/portail/mes-droits.xhtml");
        assertTrue(find("export-form:prepare-access").isDisplayed(), "the client may ask again");

        // Another tab asked meanwhile: this one is told, and nothing more is started. Whatever the timing of two
        // requests, the database keeps one archive of a kind per client.
        String preparing = "INSERT INTO prepared_archive (client_id, scope, state, steps, steps_done, size_bytes, "
                + "asked_at, heartbeat_at) VALUES (?, 'ACCESS', 'PREPARING', 1, 0, 0, UTC_TIMESTAMP(6), "
                + "UTC_TIMESTAMP(6))";
        env.update(preparing, client);
        clickAjax("export-form:prepare-access");
        assertTrue(text("export-form").contains("Cette archive est déjà en préparation."), text("export-form"));
        assertEquals(1L, env.queryLong("SELECT COUNT(*) FROM prepared_archive WHERE client_id = ?", client));
        assertThrows(SQLIntegrityConstraintViolationException.class, () -> env.update(preparing, client));
        env.update("DELETE FROM prepared_archive WHERE client_id = ?", client);

        // A making that fails (here, an attachment that no longer opens) leaves nothing, and says so.
        String turn = "UPDATE attachment_content SET content = REVERSE(content) WHERE id IN "
                + "(SELECT id FROM consultation_attachment WHERE client_id = ?)";
        env.update(turn, client);
        try {
            open("/portail/mes-droits.xhtml");
            clickAjax("export-form:prepare-access");
            assertTrue(find("export-form:failed-access").isDisplayed(), text("export-form"));
            assertEquals(0L, env.queryLong("SELECT COUNT(*) FROM prepared_archive_part p JOIN prepared_archive a "
                    + "ON a.id = p.archive_id WHERE a.client_id = ?", client));
            assertTrue(find("export-form:prepare-access").isDisplayed(), "the client may ask again");
        } finally {
            env.update(turn, client);
        }
    }

    private byte[] download(String url) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookies()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), url);
        assertEquals("application/zip", response.headers().firstValue("Content-Type").orElseThrow());
        return response.body();
    }

    private static JsonObject sections(Map<String, byte[]> archive) {
        return Json.createReader(new StringReader(new String(archive.get("donnees.json"), StandardCharsets.UTF_8)))
                .readObject().getJsonObject("sections");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static List<String> errors(Bundle bundle) {
        var context = FhirContext.forR4Cached();
        var support = new ValidationSupportChain(context.getValidationSupport(),
                new InMemoryTerminologyServerValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new SnapshotGeneratingValidationSupport(context));
        return context.newValidator().registerValidatorModule(new FhirInstanceValidator(support))
                .validateWithResult(bundle).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(m -> m.getLocationString() + ": " + m.getMessage()).toList();
    }
}
