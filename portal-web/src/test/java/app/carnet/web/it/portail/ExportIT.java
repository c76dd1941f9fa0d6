package app.carnet.web.it.portail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.it.BrowserTest;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * journal, and the practitioner's notes only in the access archive.
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
        submit("user:logout");

        activate(Mailbox.firstLink(new Mailbox(env.mail()).awaitMessage(email, 1)), PASSWORD);
        loginAsClient(email, PASSWORD);
        submit("rights-link");
        assertTrue(text("export").contains("Archive de portabilité"), text("export"));

        Map<String, byte[]> access = unzip(download(find("export-access").getAttribute("href")));
        Map<String, byte[]> portable = unzip(download(find("export-portability").getAttribute("href")));

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
        assertTrue(pageText().contains("Archive d'accès téléchargée par le client"), pageText());
        assertTrue(pageText().contains("Archive de portabilité téléchargée par le client"), pageText());
        assertEquals(404, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                env.baseUrl() + "/portail/mes-donnees?archive=autre")).header("Cookie", cookies()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    private byte[] download(String url) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookies()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), url);
        assertEquals("application/zip", response.headers().firstValue("Content-Type").orElseThrow());
        return response.body();
    }

    private String cookies() {
        return browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
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
