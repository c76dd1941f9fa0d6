package app.carnet.domain.privacy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;

/**
 * The union of every module's {@link DataCatalog}, found by {@link ServiceLoader} once: the registry of personal
 * data, the sealed columns, the journal's actions and the emails, as the record of processing, the rights module,
 * key rotation, the journal and the outbox read them. Two modules may not declare the same table, sealed table,
 * journal action or email.
 */
public final class DataCatalogs {

    private static final List<DataCatalog> CATALOGS = ServiceLoader
            .load(DataCatalog.class, DataCatalog.class.getClassLoader()).stream().map(ServiceLoader.Provider::get)
            .toList();

    private static final List<PersonalData> PERSONAL_DATA = union(DataCatalog::personalData, PersonalData::table);
    private static final List<SealedColumns> SEALED_COLUMNS = union(DataCatalog::sealedColumns, SealedColumns::table);
    private static final List<JournalAction> JOURNAL_ACTIONS = union(DataCatalog::journalActions, JournalAction::name);
    private static final List<EmailTemplate> EMAIL_TEMPLATES = union(DataCatalog::emailTemplates,
            t -> t.bundle() + "/" + t.name());

    private DataCatalogs() {
    }

    /** Every table that holds personal fields or refers to a person. */
    public static List<PersonalData> personalData() {
        return PERSONAL_DATA;
    }

    /** Every table of sealed fields, with its columns. */
    public static List<SealedColumns> sealedColumns() {
        return SEALED_COLUMNS;
    }

    /** Every action the access journal may record. */
    public static List<JournalAction> journalActions() {
        return JOURNAL_ACTIONS;
    }

    /** Every email a module may send. */
    public static List<EmailTemplate> emailTemplates() {
        return EMAIL_TEMPLATES;
    }

    private static <T> List<T> union(Function<DataCatalog, List<? extends T>> part, Function<T, String> key) {
        var all = new ArrayList<T>();
        Set<String> keys = new HashSet<>();
        for (DataCatalog catalog : CATALOGS) {
            for (T item : part.apply(catalog)) {
                if (!keys.add(key.apply(item))) {
                    throw new IllegalStateException(key.apply(item) + " is declared twice (again by "
                            + catalog.getClass().getName() + ")");
                }
                all.add(item);
            }
        }
        return List.copyOf(all);
    }
}
