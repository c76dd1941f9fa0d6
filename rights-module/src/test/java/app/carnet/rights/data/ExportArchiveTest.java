package app.carnet.rights.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.client.ClientFile;
import app.carnet.domain.client.ClientSource;
import app.carnet.domain.client.ClientView;
import app.carnet.domain.client.MaritalStatus;
import app.carnet.domain.consultation.AttachmentView;
import app.carnet.domain.consultation.ConsultationForm;
import app.carnet.domain.consultation.ConsultationView;
import app.carnet.domain.exchange.Author;
import app.carnet.domain.exchange.MessageLine;
import app.carnet.domain.health.MeasurementLine;
import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.ClientExport.Scope;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

class ExportArchiveTest {

    static final String NOTES = "Tension dorsale, à revoir";
    static final Instant AT = Instant.parse("2026-11-26T23:00:00Z");

    /** A client's export as the domain's holders make it. */
    static ClientExport export() {
        var export = new ClientExport();
        var file = new ClientFile("Durand", "Élise", null, LocalDate.of(1984, 5, 2), "elise@example.org", "fr",
                "3 rue des Lilas; bât. B", "69003", "Lyon", "0601020304", null, "course à pied", MaritalStatus.MARRIED,
                ClientSource.PRACTICE, "bouche à oreille", "Note du praticien : =anxieuse");
        export.provided("file", List.of(new ClientView(12, file, AT, AT, null)), "file.lastName", "file.firstName",
                "file.birthDate", "file.email", "file.language", "file.address", "file.postalCode", "file.city",
                "file.mobilePhone");
        export.provided("measurements", List.of(
                new MeasurementLine(1, LocalDate.of(2026, 3, 1), 170, new BigDecimal("61.5"), new BigDecimal("21.3"),
                        null, null),
                new MeasurementLine(2, LocalDate.of(2026, 4, 1), null, new BigDecimal("99"), null, AT, "erreur")),
                m -> m.voidedAt() == null, "id", "measuredOn", "heightCm", "weightKg");
        var attachment = new AttachmentView(7, "bilan.pdf", "application/pdf", 3, AT);
        export.add("consultations", List.of(new ConsultationView(5, 12,
                new ConsultationForm(LocalDate.of(2026, 3, 1), "Dos", NOTES, "Revoir dans un mois", "Résumé"),
                List.of(attachment), null, null)));
        export.file("pieces-jointes", "7-bilan.pdf", 3, () -> new byte[] {1, 2, 3});
        export.provided("messages", List.of(new MessageLine(1, Author.CLIENT, "Bonjour \"docteur\"", AT, null),
                new MessageLine(2, Author.PRACTICE, "Réponse du cabinet", AT, null)),
                m -> m.author() == Author.CLIENT, "id", "author", "body", "sentAt");
        export.add("empty", List.of());
        return export;
    }

    static Map<String, byte[]> zip(Scope scope) throws Exception {
        var out = new ByteArrayOutputStream();
        var steps = new ArrayList<Integer>();
        var export = export();
        ExportArchive.write(new ExportArchive.Request(12, AT, scope, "Cabinet Martin", Locale.FRENCH), export, out,
                steps::add);
        assertEquals(ExportArchive.steps(export, scope), steps.getLast(), "the progress ends at the last step");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static String text(Map<String, byte[]> entries, String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    static JsonObject json(Map<String, byte[]> entries) {
        return Json.createReader(new StringReader(text(entries, "donnees.json"))).readObject();
    }

    @Test
    void access_shouldHoldEverything_thePractitionersNotesIncluded() throws Exception {
        var entries = zip(Scope.ACCESS);
        assertEquals(List.of("resume.html", "donnees.json", "csv/file.csv", "csv/measurements.csv",
                "csv/consultations.csv", "csv/messages.csv", "sante.fhir.json", "pieces-jointes/7-bilan.pdf"),
                List.copyOf(entries.keySet()));
        assertArrayEquals(new byte[] {1, 2, 3}, entries.get("pieces-jointes/7-bilan.pdf"));
        var json = json(entries);
        assertEquals(12, json.getInt("client"));
        assertEquals("access", json.getString("archive"));
        assertEquals("2026-11-27T00:00+01:00", json.getString("exportedAt"), "Paris time, with its offset");
        var sections = json.getJsonObject("sections");
        assertEquals(NOTES, sections.getJsonArray("consultations").getJsonObject(0).getJsonObject("form")
                .getString("notes"));
        assertEquals("Note du praticien : =anxieuse", sections.getJsonArray("file").getJsonObject(0)
                .getJsonObject("file").getString("notes"));
        assertEquals(2, sections.getJsonArray("messages").size());
        assertEquals(2, sections.getJsonArray("measurements").size());
        assertFalse(sections.containsKey("empty"), "empty sections are left out");
        assertTrue(text(entries, "csv/consultations.csv").contains(NOTES));
    }

    @Test
    void portability_shouldHoldOnlyWhatTheClientProvided() throws Exception {
        var entries = zip(Scope.PORTABILITY);
        assertEquals(List.of("resume.html", "donnees.json", "csv/file.csv", "csv/measurements.csv",
                "csv/messages.csv", "sante.fhir.json"), List.copyOf(entries.keySet()),
                "no consultation, no attachment");
        var sections = json(entries).getJsonObject("sections");
        assertEquals(List.of("file", "measurements", "messages"), List.copyOf(sections.keySet()));
        var file = sections.getJsonArray("file").getJsonObject(0);
        assertEquals(List.of("file"), List.copyOf(file.keySet()), "not the file's dates");
        assertEquals("Durand", file.getJsonObject("file").getString("lastName"));
        assertFalse(file.getJsonObject("file").containsKey("notes"), "the practitioner's notes");
        assertFalse(file.getJsonObject("file").containsKey("source"));
        var measurement = sections.getJsonArray("measurements");
        assertEquals(1, measurement.size(), "not the one struck out");
        assertFalse(measurement.getJsonObject(0).containsKey("bmi"), "computed, not provided");
        var messages = sections.getJsonArray("messages");
        assertEquals(1, messages.size());
        assertEquals("CLIENT", messages.getJsonObject(0).getString("author"));
        for (var entry : entries.entrySet()) {
            String content = new String(entry.getValue(), StandardCharsets.UTF_8);
            assertFalse(content.contains(NOTES), entry.getKey());
            assertFalse(content.contains("Note du praticien"), entry.getKey());
            assertFalse(content.contains("Réponse du cabinet"), entry.getKey());
        }
        assertTrue(text(entries, "resume.html").contains("portabilité"));
    }

    @Test
    void csv_shouldOpenInAFrenchSpreadsheet() throws Exception {
        var entries = zip(Scope.ACCESS);
        byte[] file = entries.get("csv/file.csv");
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(file, 3), "BOM");
        var rows = Csv.parse(text(entries, "csv/file.csv").substring(1));
        var header = rows.getFirst();
        var row = rows.get(1);
        assertEquals("file.lastName", header.get(1));
        assertEquals("02/05/1984", row.get(header.indexOf("file.birthDate")), "French dates");
        assertEquals("3 rue des Lilas; bât. B", row.get(header.indexOf("file.address")), "quoted for its ;");
        assertEquals("27/11/2026 00:00", row.get(header.indexOf("createdAt")), "Paris time");
        assertEquals("'Note du praticien : =anxieuse".substring(1), row.get(header.indexOf("file.notes")));
        var measurements = Csv.parse(text(entries, "csv/measurements.csv").substring(1));
        assertEquals("61,5", measurements.get(1).get(measurements.getFirst().indexOf("weightKg")), "decimal comma");
        var messages = Csv.parse(text(entries, "csv/messages.csv").substring(1));
        assertEquals("Bonjour \"docteur\"", messages.get(1).get(messages.getFirst().indexOf("body")));
        assertTrue(text(entries, "csv/messages.csv").contains("\"Bonjour \"\"docteur\"\"\""), "quotes doubled");
        assertEquals("'=SUM(A1)", SectionCsv.cell("=SUM(A1)"), "no formula");
        var portable = Csv.parse(text(zip(Scope.PORTABILITY), "csv/file.csv").substring(1)).getFirst();
        assertFalse(portable.contains("file.notes"));
        assertFalse(portable.contains("createdAt"));
    }

    @Test
    void summary_shouldSayWhatIsInItInTheClientsLanguage() throws Exception {
        var html = text(zip(Scope.ACCESS), "resume.html");
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<html lang=\"fr\">"));
        assertTrue(html.contains("archive d&#39;accès"));
        assertTrue(html.contains("<tr id=\"consultations\"><td>Consultations</td>"));
        assertFalse(html.contains("http://") || html.contains("src="), "nothing fetched");
        var out = new ByteArrayOutputStream();
        ExportArchive.write(new ExportArchive.Request(12, AT, Scope.ACCESS, "Cabinet", Locale.ENGLISH), export(), out,
                s -> {
                });
        try (var in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            in.getNextEntry();
            var english = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(english.contains("access archive") && english.contains("<html lang=\"en\">"));
        }
    }

    @Test
    void fhir_shouldBeAValidR4Bundle() throws Exception {
        for (Scope scope : Scope.values()) {
            var bundle = FhirContext.forR4Cached().newJsonParser()
                    .parseResource(Bundle.class, text(zip(scope), "sante.fhir.json"));
            var errors = Fhir.errors(bundle);
            assertEquals(List.of(), errors, scope.name());
            var codes = bundle.getEntry().stream().filter(e -> e.getResource() instanceof Observation)
                    .map(e -> ((Observation) e.getResource()).getCode().getCodingFirstRep().getCode()).toList();
            if (scope == Scope.ACCESS) {
                assertEquals(List.of("29463-7", "8302-2", "39156-5", "29463-7"), codes);
                assertEquals(List.of("Patient", "Observation", "Observation", "Observation", "Observation",
                        "Encounter", "DocumentReference"), types(bundle));
            } else {
                assertEquals(List.of("29463-7", "8302-2"), codes, "no BMI, nothing struck out");
                assertEquals(List.of("Patient", "Observation", "Observation"), types(bundle));
            }
        }
    }

    private static List<String> types(Bundle bundle) {
        return bundle.getEntry().stream().map(e -> e.getResource().fhirType()).toList();
    }

    /** HAPI FHIR's validator, with the R4 core profiles and code systems, and no terminology server. */
    static final class Fhir {

        private static final ca.uhn.fhir.validation.FhirValidator VALIDATOR = validator();

        private static ca.uhn.fhir.validation.FhirValidator validator() {
            var context = FhirContext.forR4Cached();
            var support = new ValidationSupportChain(context.getValidationSupport(),
                    new InMemoryTerminologyServerValidationSupport(context),
                    new CommonCodeSystemsTerminologyService(context), new SnapshotGeneratingValidationSupport(context));
            return context.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
        }

        static synchronized List<String> errors(Bundle bundle) {
            return VALIDATOR.validateWithResult(bundle).getMessages().stream()
                    .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                    .map(m -> m.getLocationString() + ": " + m.getMessage()).toList();
        }
    }
}
