package app.carnet.rights.data;

import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.shared.Dates;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A client's data as a ZIP archive, for an access or portability request: {@code donnees.json} (structured,
 * machine-readable: one array per section, one object per record, times in Paris with their offset) and the files
 * (attachments) under their own names.
 */
final class ExportArchive {

    static final String DATA = "donnees.json";

    private ExportArchive() {
    }

    /** Writes the archive into {@code out} as it goes, one file in memory at a time; {@code out} is finished, not closed. */
    static void write(long clientId, Instant exportedAt, ClientExport export, OutputStream out) {
        try {
            var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(DATA));
            zip.write(json(clientId, exportedAt, export).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (Map.Entry<String, Supplier<byte[]>> file : export.files().entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().get());
                zip.closeEntry();
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(long clientId, Instant exportedAt, ClientExport export) {
        JsonObjectBuilder sections = Json.createObjectBuilder();
        export.sections().forEach((name, records) -> sections.add(name, array(records)));
        var document = Json.createObjectBuilder().add("client", clientId)
                .add("exportedAt", value(exportedAt)).add("sections", sections).build();
        var text = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
            writer.writeObject(document);
        }
        return text.toString();
    }

    /** A record as an object of its components, a collection as an array, a time in Paris, anything else as text. */
    static JsonValue value(Object value) {
        return switch (value) {
            case null -> JsonValue.NULL;
            case String s -> Json.createValue(s);
            case Boolean b -> b ? JsonValue.TRUE : JsonValue.FALSE;
            case Integer i -> Json.createValue(i);
            case Long l -> Json.createValue(l);
            case BigDecimal d -> Json.createValue(d);
            case Enum<?> e -> Json.createValue(e.name());
            case Instant i -> Json.createValue(i.atZone(Dates.PARIS).toOffsetDateTime().toString());
            case TemporalAccessor t -> Json.createValue(t.toString());
            case Collection<?> c -> array(c).build();
            case Record r -> object(r);
            default -> Json.createValue(value.toString());
        };
    }

    private static JsonArrayBuilder array(Collection<?> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(v -> array.add(value(v)));
        return array;
    }

    private static JsonValue object(Record record) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                var accessor = component.getAccessor();
                accessor.setAccessible(true);
                object.add(component.getName(), value(accessor.invoke(record)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + record.getClass().getSimpleName() + "."
                        + component.getName(), e);
            }
        }
        return object.build();
    }
}
