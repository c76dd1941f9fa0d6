package app.carnet.rights.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.carnet.domain.privacy.ClientExport;
import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class ExportArchiveTest {

    enum Kind {
        ALLERGY
    }

    record Line(long id, Kind kind, String text, LocalDate notedOn, Instant voidedAt, BigDecimal weightKg,
            List<Part> parts) {
    }

    record Part(String fileName, int sizeBytes) {
    }

    @Test
    void zip_shouldHoldTheRecordsAsJsonAndTheFilesUnderSafeNames() throws Exception {
        var export = new ClientExport();
        export.add("anamnesis", List.of(new Line(4, Kind.ALLERGY, "Pollens « bouleau »", LocalDate.of(2026, 3, 1),
                Instant.parse("2026-07-14T08:30:00Z"), new BigDecimal("61.5"), List.of(new Part("bilan.pdf", 12)))));
        export.add("empty", List.of());
        export.file("pieces-jointes", "../../etc/passwd", () -> "x".getBytes(StandardCharsets.UTF_8));
        export.file("pieces-jointes", ".bilan:mars?.pdf", () -> new byte[] {1, 2, 3});

        var out = new java.io.ByteArrayOutputStream();
        ExportArchive.write(12, Instant.parse("2026-11-26T23:00:00Z"), export, out);
        byte[] zip = out.toByteArray();

        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertEquals(List.of("donnees.json", "pieces-jointes/_._.._etc_passwd", "pieces-jointes/_bilan_mars_.pdf"),
                List.copyOf(entries.keySet()));
        assertArrayEquals(new byte[] {1, 2, 3}, entries.get("pieces-jointes/_bilan_mars_.pdf"));

        var json = Json.createReader(new StringReader(new String(entries.get("donnees.json"), StandardCharsets.UTF_8)))
                .readObject();
        assertEquals(12, json.getInt("client"));
        assertEquals("2026-11-27T00:00+01:00", json.getString("exportedAt"), "Paris time, with its offset");
        var line = json.getJsonObject("sections").getJsonArray("anamnesis").getJsonObject(0);
        assertEquals("ALLERGY", line.getString("kind"));
        assertEquals("Pollens « bouleau »", line.getString("text"));
        assertEquals("2026-03-01", line.getString("notedOn"));
        assertEquals("2026-07-14T10:30+02:00", line.getString("voidedAt"), "summer time");
        assertEquals(new BigDecimal("61.5"), line.getJsonNumber("weightKg").bigDecimalValue());
        assertEquals("bilan.pdf", line.getJsonArray("parts").getJsonObject(0).getString("fileName"));
        assertEquals(false, json.getJsonObject("sections").containsKey("empty"), "empty sections are left out");
    }
}
