package app.carnet.rights.data;

import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.ClientExport.Scope;
import app.carnet.domain.privacy.ClientExport.Section;
import app.carnet.domain.shared.Dates;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * A client's data as a ZIP archive, for an access (GDPR art. 15) or portability (art. 20) request, each holding
 * what {@link ClientExport#sections(Scope)} gives it:
 * <ul>
 * <li>{@code resume.html}: what is in it, for a person to read ({@link ExportSummary});</li>
 * <li>{@code donnees.json}: structured, machine-readable: one array per section, one object per record, times in
 * Paris with their offset;</li>
 * <li>{@code csv/<section>.csv}: one section per file, for a spreadsheet ({@link SectionCsv});</li>
 * <li>{@code sante.fhir.json}: the health data as a FHIR R4 Bundle ({@link HealthFhir});</li>
 * <li>the files (attachments) under their own names.</li>
 * </ul>
 * It is written as it goes, one file's content in memory at a time. Public for the export benchmark (ExportBenchmark).
 */
public final class ExportArchive {

    static final String DATA = "donnees.json";
    static final String CSV = "csv/";

    /** What an archive is made of and for whom. */
    public record Request(long clientId, Instant exportedAt, Scope scope, String practice, Locale locale) {
    }

    private ExportArchive() {
    }

    /** How many steps {@link #write} reports: a section, a file, each. */
    public static int steps(ClientExport export, Scope scope) {
        return 4 + export.sections(scope).size() + export.files(scope).size();
    }

    /**
     * Writes the archive into {@code out} as it goes; {@code out} is finished, not closed. {@code progress} hears
     * the number of steps done after each (out of {@link #steps}).
     */
    public static void write(Request request, ClientExport export, OutputStream out, IntConsumer progress) {
        Map<String, Section> sections = export.sections(request.scope());
        Map<String, Supplier<byte[]>> files = export.files(request.scope());
        int done = 0;
        try {
            var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            Writer text = new OutputStreamWriter(unclosable(zip), StandardCharsets.UTF_8);
            boolean fhir = HealthFhir.applies(sections);
            zip.putNextEntry(new ZipEntry(ExportSummary.FILE));
            ExportSummary.write(request.scope(), request.practice(), request.exportedAt(), sections, files.size(),
                    fhir, request.locale(), text);
            zip.closeEntry();
            progress.accept(++done);
            zip.putNextEntry(new ZipEntry(DATA));
            json(request, sections, unclosable(zip));
            zip.closeEntry();
            progress.accept(++done);
            for (Map.Entry<String, Section> section : sections.entrySet()) {
                zip.putNextEntry(new ZipEntry(CSV + section.getKey() + ".csv"));
                SectionCsv.write(section.getValue(), text);
                zip.closeEntry();
                progress.accept(++done);
            }
            if (fhir) {
                zip.putNextEntry(new ZipEntry(HealthFhir.FILE));
                HealthFhir.write(sections, request.exportedAt(), text);
                zip.closeEntry();
            }
            progress.accept(++done);
            for (Map.Entry<String, Supplier<byte[]>> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().get());
                zip.closeEntry();
                progress.accept(++done);
            }
            zip.finish();
            progress.accept(++done);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the archive goes on
            }
        };
    }

    /** {@code donnees.json}, written record by record. */
    static void json(Request request, Map<String, Section> sections, OutputStream out) {
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out, StandardCharsets.UTF_8)) {
            json.writeStartObject().write("client", request.clientId())
                    .write("archive", request.scope().name().toLowerCase(Locale.ROOT))
                    .write("exportedAt", value(request.exportedAt(), "", null)).writeStartObject("sections");
            sections.forEach((name, section) -> {
                json.writeStartArray(name);
                section.records().forEach(r -> json.write(value(r, "", section)));
                json.writeEnd();
            });
            json.writeEnd().writeEnd();
        }
    }

    /**
     * A record as an object of the components at {@code path} its section holds, a collection as an array, a time
     * in Paris, anything else as text.
     */
    static JsonValue value(@Nullable Object value, String path, @Nullable Section section) {
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
            case Collection<?> c -> array(c, path, section).build();
            case Record r -> object(r, path, section);
            default -> Json.createValue(value.toString());
        };
    }

    private static JsonArrayBuilder array(Collection<?> values, String path, @Nullable Section section) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(v -> array.add(value(v, path, section)));
        return array;
    }

    private static JsonValue object(Record record, String path, @Nullable Section section) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            String at = Fields.path(path, component);
            if (section == null || section.holds(at)) {
                object.add(component.getName(), value(Fields.read(record, component), at, section));
            }
        }
        return object.build();
    }
}
