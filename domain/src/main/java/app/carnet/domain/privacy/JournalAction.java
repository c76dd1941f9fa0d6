package app.carnet.domain.privacy;

/**
 * Something staff did with a client's file, written in the access journal with the purpose it served. Each module
 * declares its own actions (usually an enum) in its {@link DataCatalog}; the journal stores the name, which must be
 * unique across modules (a test checks it), and the pages label it {@code enum.FileAction.<name>}.
 */
public interface JournalAction {

    String name();

    Purpose purpose();
}
