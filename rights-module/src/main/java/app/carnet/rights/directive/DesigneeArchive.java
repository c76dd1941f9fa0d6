package app.carnet.rights.directive;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The designee's archive, cut from the client's export archive (the rights module's {@code ClientDataService}, whatever
 * its formats): {@code donnees.json} keeps only the sections communicated, and another entry is kept only when one
 * of its path's parts (without extension) names such a section or its files' folder. An entry that names no section
 * (a summary, a bundle of everything) is left out: what is not communicated never leaves.
 */
final class DesigneeArchive {

    static final String DATA = "donnees.json";

    private DesigneeArchive() {
    }

    static byte[] cut(byte[] archive, Set<String> sections) {
        var out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8);
                var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(DATA)) {
                    zip.putNextEntry(new ZipEntry(DATA));
                    zip.write(json(new String(content, StandardCharsets.UTF_8), sections)
                            .getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                } else if (names(entry.getName(), sections)) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(content);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static boolean names(String path, Set<String> sections) {
        for (String part : path.split("/")) {
            int dot = part.lastIndexOf('.');
            String bare = dot > 0 ? part.substring(0, dot) : part;
            if (sections.contains(part) || sections.contains(bare)) {
                return true;
            }
        }
        return false;
    }

    private static String json(String text, Set<String> sections) {
        JsonObject document;
        try (var reader = Json.createReader(new StringReader(text))) {
            document = reader.readObject();
        }
        JsonObjectBuilder kept = Json.createObjectBuilder();
        document.getJsonObject("sections").forEach((name, value) -> {
            if (sections.contains(name)) {
                kept.add(name, value);
            }
        });
        JsonObjectBuilder result = Json.createObjectBuilder(document);
        result.add("sections", kept);
        var written = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(written)) {
            writer.writeObject(result.build());
        }
        return written.toString();
    }
}
