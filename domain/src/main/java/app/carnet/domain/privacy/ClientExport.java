package app.carnet.domain.privacy;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the holders put together about one client, by section ({@code identity}, {@code consultations}…): the same
 * records the pages show (Java records, read by the rights module's export), and, when asked for, the files
 * (attachments, documents), whose content is read only then.
 */
public final class ClientExport {

    private final boolean withFiles;
    private final Map<String, List<Object>> sections = new LinkedHashMap<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private int fileCount;

    /** @param withFiles whether the files' content is read (an archive), or only listed (what is held) */
    public ClientExport(boolean withFiles) {
        this.withFiles = withFiles;
    }

    public void add(String section, Collection<?> records) {
        if (!records.isEmpty()) {
            sections.computeIfAbsent(section, s -> new java.util.ArrayList<>()).addAll(records);
        }
    }

    /**
     * A file of the export, in {@code folder} under its own name, made safe for any file system (no folder of its
     * own, no leading dot, no reserved character); its content is read only for an archive.
     */
    public void file(String folder, String name, Supplier<byte[]> content) {
        fileCount++;
        if (withFiles) {
            files.put(folder + "/" + name.replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", "_").replaceAll("^\\.", "_"),
                    content.get());
        }
    }

    public Map<String, List<Object>> sections() {
        return Collections.unmodifiableMap(sections);
    }

    public Map<String, byte[]> files() {
        return Collections.unmodifiableMap(files);
    }

    /** How many files there are, read or not. */
    public int fileCount() {
        return fileCount;
    }
}
