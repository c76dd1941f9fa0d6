package app.carnet.rights.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class DesigneeArchiveTest {

    private static byte[] zip(Map<String, String> entries) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Map<String, String> unzip(byte[] archive) throws Exception {
        var entries = new LinkedHashMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    @Test
    void cut_shouldKeepOnlyTheCommunicatedSectionsAndTheirFiles() throws Exception {
        String json = """
                {"client": 7, "exportedAt": "2026-12-03T10:00:00+01:00", "sections": {
                  "file": [{"lastName": "Durand"}], "measurements": [{"weightKg": 61.5}],
                  "messages": [{"body": "privé"}], "consultations": [{"summary": "bilan"}]}}""";
        var archive = zip(Map.of("donnees.json", json, "pieces-jointes/4-bilan.pdf", "%PDF-", "csv/messages.csv",
                "privé", "csv/measurements.csv", "61,5", "resume.html", "tout"));
        var cut = unzip(DesigneeArchive.cut(archive, DirectiveCategory.HEALTH.sections()));
        assertEquals(Set.of("donnees.json", "pieces-jointes/4-bilan.pdf", "csv/measurements.csv"), cut.keySet());
        var sections = Json.createReader(new StringReader(cut.get("donnees.json"))).readObject()
                .getJsonObject("sections");
        assertEquals(Set.of("measurements", "consultations"), sections.keySet());
        assertEquals(7, Json.createReader(new StringReader(cut.get("donnees.json"))).readObject().getInt("client"));
        assertFalse(cut.get("donnees.json").contains("Durand") || cut.get("donnees.json").contains("privé"));
        assertTrue(cut.get("donnees.json").contains("bilan"));
    }
}
