package app.carnet.rights.data;

import app.carnet.domain.privacy.ClientExport.Section;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a section's records, as the archives write them: a record's components, those of a record within it
 * by their path ({@code form.notes}), and only those the section holds ({@link Section#holds}).
 */
final class Fields {

    private Fields() {
    }

    /** The value of one component of a record. */
    static @Nullable Object read(Record record, RecordComponent component) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "Cannot read " + record.getClass().getSimpleName() + "." + component.getName(), e);
        }
    }

    /** The path of a component under {@code prefix} ("" at the top). */
    static String path(String prefix, RecordComponent component) {
        return prefix.isEmpty() ? component.getName() : prefix + "." + component.getName();
    }

    /** The leaf columns of a record class, nested records flattened by path, kept to those the section holds. */
    static List<String> columns(Class<?> type, Section section) {
        var columns = new ArrayList<String>();
        collect(type, "", section, columns);
        return columns;
    }

    private static void collect(Class<?> type, String prefix, Section section, List<String> columns) {
        if (!type.isRecord()) {
            columns.add(prefix.isEmpty() ? "value" : prefix);
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String path = path(prefix, component);
            if (!section.holds(path)) {
                continue;
            }
            if (component.getType().isRecord()) {
                collect(component.getType(), path, section, columns);
            } else {
                columns.add(path);
            }
        }
    }

    /** The value at a column's path in a record (null when a record on the way is). */
    static @Nullable Object at(Object record, String column) {
        Object value = record;
        for (String name : column.split("\\.")) {
            if (!(value instanceof Record r)) {
                return value;
            }
            Object next = null;
            for (RecordComponent component : r.getClass().getRecordComponents()) {
                if (component.getName().equals(name)) {
                    next = read(r, component);
                }
            }
            value = next;
        }
        return value;
    }
}
