package app.carnet.domain.privacy;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the holders put together about one client, by section ({@code file}, {@code consultations}…): the same
 * records the pages show (Java records, read by the rights module's export), and the files (attachments), whose
 * content is read only when an archive is written, one at a time.
 */
public final class ClientExport {

    private final Map<String, List<Object>> sections = new LinkedHashMap<>();
    private final Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();

    public void add(String section, Collection<?> records) {
        if (!records.isEmpty()) {
            sections.computeIfAbsent(section, s -> new java.util.ArrayList<>()).addAll(records);
        }
    }

    /**
     * A file of the export, in {@code folder} under its own name, made safe for any file system (no folder of its
     * own, no leading dot, no reserved character); its content is read only when an archive is written.
     */
    public void file(String folder, String name, Supplier<byte[]> content) {
        files.put(folder + "/" + name.replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", "_").replaceAll("^\\.", "_"), content);
    }

    public Map<String, List<Object>> sections() {
        return Collections.unmodifiableMap(sections);
    }

    /** The files by their path in the archive, each read when its supplier is called. */
    public Map<String, Supplier<byte[]>> files() {
        return Collections.unmodifiableMap(files);
    }
}
