package app.carnet.domain.privacy;

import java.util.List;

/**
 * A table that holds sealed personal fields, with its {@link app.carnet.domain.security.Encrypted} columns: what a
 * key rotation re-seals, {@code batch} rows per transaction (fewer for tables of files). Each table has an {@code id}
 * and a {@code seal_ref} column. Each module declares its own in its {@link DataCatalog}; a test checks their union
 * against the entities' annotations.
 */
public record SealedColumns(String table, List<String> columns, int batch) {

    public SealedColumns(String table, List<String> columns) {
        this(table, columns, 200);
    }
}
