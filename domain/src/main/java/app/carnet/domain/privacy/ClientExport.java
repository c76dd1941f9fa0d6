package app.carnet.domain.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the holders put together about one client, by section ({@code file}, {@code consultations}…): the same
 * records the pages show (Java records, read by the rights module's export), and the files (attachments), whose
 * content is read only when an archive is written, one at a time.
 * <p>
 * Two archives come out of it. The <b>access</b> archive (GDPR art. 15) holds everything every holder adds. The
 * <b>portability</b> archive (art. 20) holds only what the client provided: what they typed in or uploaded, and what
 * was observed from their use of the service, never what the practitioner wrote or Carnet inferred (WP242 rev.01);
 * each holder says which records and fields those are with {@link #provided}. What it only {@link #add adds} stays
 * out of the portability archive.
 */
public final class ClientExport {

    /** Which archive: the access one, with everything, or the portability one, with what the client provided. */
    public enum Scope {
        /** Art. 15: everything, the access journal included. */
        ACCESS,
        /** Art. 20: only what the client provided. */
        PORTABILITY
    }

    /**
     * The records of one section in one archive, and which of their fields it holds: the paths of record components
     * ({@code "file.email"} for the component {@code email} of the component {@code file}); every field when empty.
     */
    public record Section(List<Object> records, List<String> fields) {

        /** Whether the field at {@code path} is in this section (or, for a record, some of its fields are). */
        public boolean holds(String path) {
            return fields.isEmpty() || fields.stream().anyMatch(f -> f.equals(path) || f.startsWith(path + ".")
                    || path.startsWith(f + "."));
        }
    }

    private final Map<String, Section> access = new LinkedHashMap<>();
    private final Map<String, Section> portable = new LinkedHashMap<>();
    private final Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
    private final Map<String, Supplier<byte[]>> providedFiles = new LinkedHashMap<>();
    private final Map<String, Long> sizes = new LinkedHashMap<>();

    /** Adds records to the access archive only: what the practitioner wrote, what Carnet derived or logged. */
    public void add(String section, Collection<?> records) {
        put(access, section, records, List.of());
    }

    /**
     * Adds records to the access archive, and those of them the client provided ({@code byClient}) to the
     * portability archive, with only {@code fields} (paths of record components; every field when none).
     */
    public <T> void provided(String section, Collection<T> records, Predicate<? super T> byClient,
            String... fields) {
        put(access, section, records, List.of());
        put(portable, section, records.stream().filter(byClient).toList(), List.of(fields));
    }

    /** Adds records the client provided, all of them, to both archives; the portability one with {@code fields}. */
    public void provided(String section, Collection<?> records, String... fields) {
        provided(section, records, r -> true, fields);
    }

    private static void put(Map<String, Section> sections, String section, Collection<?> records,
            List<String> fields) {
        if (!records.isEmpty()) {
            sections.computeIfAbsent(section, s -> new Section(new ArrayList<>(), fields)).records().addAll(records);
        }
    }

    /**
     * A file of the access archive, in {@code folder} under its own name, made safe for any file system (no folder of
     * its own, no leading dot, no reserved character), of {@code size} bytes; its content is read only when an
     * archive is written.
     */
    public void file(String folder, String name, long size, Supplier<byte[]> content) {
        files.put(path(folder, name), content);
        sizes.put(path(folder, name), size);
    }

    /** A file the client uploaded themselves, of {@code size} bytes: in both archives. */
    public void providedFile(String folder, String name, long size, Supplier<byte[]> content) {
        file(folder, name, size, content);
        providedFiles.put(path(folder, name), content);
    }

    /** The path in the archives of a file added in {@code folder} under {@code name}. */
    public static String path(String folder, String name) {
        return folder + "/" + name.replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", "_").replaceAll("^\\.", "_");
    }

    /** The sections of the access archive: everything. */
    public Map<String, List<Object>> sections() {
        var all = new LinkedHashMap<String, List<Object>>();
        access.forEach((name, section) -> all.put(name, Collections.unmodifiableList(section.records())));
        return Collections.unmodifiableMap(all);
    }

    /** The sections of one archive, with the fields each holds. */
    public Map<String, Section> sections(Scope scope) {
        return Collections.unmodifiableMap(scope == Scope.ACCESS ? access : portable);
    }

    /** The files of the access archive by their path in it, each read when its supplier is called. */
    public Map<String, Supplier<byte[]>> files() {
        return files(Scope.ACCESS);
    }

    /** The files of one archive by their path in it, each read when its supplier is called. */
    public Map<String, Supplier<byte[]>> files(Scope scope) {
        return Collections.unmodifiableMap(scope == Scope.ACCESS ? files : providedFiles);
    }

    /**
     * About how many bytes the archive of {@code scope} takes before compression: its files, and a kilobyte a
     * record (what decides whether it is made in the background).
     */
    public long estimatedBytes(Scope scope) {
        long records = sections(scope).values().stream().mapToLong(s -> s.records().size()).sum();
        return files(scope).keySet().stream().mapToLong(path -> sizes.getOrDefault(path, 0L)).sum() + records * 1024;
    }
}
