package app.carnet.domain.security;

import app.carnet.domain.privacy.DataCatalogs;
import app.carnet.domain.privacy.SealedColumns;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The sealed columns of the database, through plain JDBC: checking that keys open them, and key rotation.
 * Only counts are ever printed.
 */
public final class SealedData {

    private final Connection connection;

    public SealedData(Connection connection) {
        this.connection = connection;
    }

    /**
     * @throws IllegalStateException when the database holds personal data that these keys do not open
     *         (another installation's key file, or a wrong variable), before anything is written with them
     */
    public void checkOpensWith(FieldCipher cipher) throws SQLException {
        try (var statement = connection
                .prepareStatement("SELECT seal_ref, email FROM staff_member ORDER BY id LIMIT 1");
                var rows = statement.executeQuery()) {
            if (rows.next()) {
                try {
                    cipher.open("staff_member.email", rows.getBytes(1), rows.getBytes(2));
                } catch (IllegalStateException e) {
                    throw new IllegalStateException("These encryption keys do not open the data in this database: "
                            + "give Carnet the key file it was installed with");
                }
            }
        }
    }

    /**
     * Rotates the encryption key: adds a new key to the file, re-seals every value under it, then removes the
     * old key. Resumable: run again after an interruption, it finishes the same rotation. Carnet must be
     * stopped meanwhile (it would keep sealing with the key it loaded).
     */
    public void rotate(Path keyFile, PrintStream out) throws SQLException {
        CarnetKeys keys = CarnetKeys.read(keyFile);
        if (keys.encryptionKeyCount() == 1) {
            checkOpensWith(keys.cipher());
            keys = keys.withNewEncryptionKey();
            keys.write(keyFile);
            out.println("A new encryption key is in " + keyFile + "; re-sealing the personal data under it.");
        } else {
            out.println("Resuming the rotation that was interrupted.");
        }
        FieldCipher cipher = keys.cipher();
        for (SealedColumns table : DataCatalogs.sealedColumns()) {
            out.println(table.table() + ": " + reseal(table, cipher) + " rows re-sealed");
        }
        for (SealedColumns table : DataCatalogs.sealedColumns()) {
            // A second pass finds nothing unless something wrote with the old key meanwhile (Carnet running).
            if (reseal(table, cipher) != 0) {
                throw new IllegalStateException("Values were sealed with the old key during the rotation: is Carnet "
                        + "still running? Stop it, then run the rotation again (the old key stays in the file).");
            }
        }
        keys.withoutOldEncryptionKeys().write(keyFile);
        out.println("Done: the old key is removed from " + keyFile + ". Back up the new key file now.");
    }

    /** Re-seals, one committed batch at a time, every value of {@code table} that another key sealed. */
    int reseal(SealedColumns table, FieldCipher cipher) throws SQLException {
        String columns = String.join(", ", table.columns());
        String select = "SELECT id, seal_ref, " + columns + " FROM " + table.table()
                + " WHERE id > ? ORDER BY id LIMIT " + table.batch() + " FOR UPDATE";
        String update = "UPDATE " + table.table() + " SET "
                + String.join(", ", table.columns().stream().map(c -> c + " = ?").toList()) + " WHERE id = ?";
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        int resealed = 0;
        try (var reading = connection.prepareStatement(select); var writing = connection.prepareStatement(update)) {
            long after = 0;
            while (true) {
                reading.setLong(1, after);
                List<Long> batch = new ArrayList<>();
                try (var rows = reading.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getLong(1);
                        batch.add(after);
                        if (resealRow(rows, table, cipher, writing)) {
                            resealed++;
                        }
                    }
                }
                writing.executeBatch();
                connection.commit();
                if (batch.size() < table.batch()) {
                    return resealed;
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static boolean resealRow(java.sql.ResultSet row, SealedColumns table, FieldCipher cipher,
            PreparedStatement writing) throws SQLException {
        byte[] reference = row.getBytes(2);
        List<byte[]> values = new ArrayList<>();
        boolean stale = false;
        for (int i = 0; i < table.columns().size(); i++) {
            byte[] value = row.getBytes(3 + i);
            values.add(value);
            stale |= !cipher.isUnderPrimaryKey(value);
        }
        if (!stale) {
            return false;
        }
        for (int i = 0; i < values.size(); i++) {
            String column = table.table() + "." + table.columns().get(i);
            writing.setBytes(i + 1, cipher.reseal(column, reference, values.get(i)));
        }
        writing.setLong(values.size() + 1, row.getLong(1));
        writing.addBatch();
        return true;
    }
}
