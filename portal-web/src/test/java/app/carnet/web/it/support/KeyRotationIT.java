package app.carnet.web.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.security.BlindIndex;
import app.carnet.domain.security.CarnetKeys;
import app.carnet.domain.security.FieldCipher;
import app.carnet.domain.security.SealedData;
import app.carnet.web.it.TestDatabase;
import app.carnet.web.it.TestEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key rotation command on a real MariaDB database of its own: everything re-sealed, resumable. */
class KeyRotationIT {

    private static final int CLIENTS = 450; // more than two batches
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @TempDir
    Path folder;
    private TestDatabase.Account account;
    private Path keyFile;

    @BeforeEach
    void database() throws Exception {
        account = TestEnvironment.newDatabase("rotation" + COUNTER.incrementAndGet());
        Flyway.configure().dataSource(account.url(), account.user(), account.password())
                .locations("classpath:db/migration").load().migrate();
        keyFile = folder.resolve("keys.properties");
        CarnetKeys.generate().write(keyFile);
        seed(CarnetKeys.read(keyFile).cipher());
    }

    @Test
    void rotate_shouldResealEverythingUnderANewKeyAndDropTheOldOne() throws Exception {
        FieldCipher old = CarnetKeys.read(keyFile).cipher();
        String output = rotate();

        CarnetKeys rotated = CarnetKeys.read(keyFile);
        assertEquals(1, rotated.encryptionKeyCount());
        assertTrue(output.contains("client: " + CLIENTS + " rows re-sealed"), output);
        assertTrue(output.contains("staff_member: 1 rows re-sealed"), output);
        assertEverythingOpensUnderThePrimaryKeyOf(rotated.cipher());
        try (var connection = account.connect();
                var rows = connection.createStatement()
                        .executeQuery("SELECT seal_ref, email FROM client ORDER BY id LIMIT 1")) {
            rows.next();
            byte[] ref = rows.getBytes(1);
            byte[] email = rows.getBytes(2);
            assertThrows(IllegalStateException.class, () -> old.open("client.email", ref, email),
                    "the old key is gone");
            assertEquals("client0@exemple.test", rotated.cipher().open("client.email", ref, email));
        }
        assertFalse(output.contains("client0"), "no personal data printed");
    }

    @Test
    void rotate_shouldFinishAnInterruptedRotationWithTheSameNewKey() throws Exception {
        // As if the command had stopped after adding the key and re-sealing part of the clients.
        CarnetKeys halfway = CarnetKeys.read(keyFile).withNewEncryptionKey();
        halfway.write(keyFile);
        FieldCipher next = halfway.cipher();
        try (var connection = account.connect();
                var rows = connection.createStatement()
                        .executeQuery("SELECT id, seal_ref, email FROM client ORDER BY id LIMIT 100")) {
            while (rows.next()) {
                try (var update = connection.prepareStatement("UPDATE client SET email = ? WHERE id = ?")) {
                    byte[] ref = rows.getBytes(2);
                    update.setBytes(1,
                            next.seal("client.email", ref, next.open("client.email", ref, rows.getBytes(3))));
                    update.setLong(2, rows.getLong(1));
                    update.executeUpdate();
                }
            }
        }

        String output = rotate();
        assertTrue(output.contains("Resuming"), output);
        assertTrue(output.contains("client: " + CLIENTS + " rows re-sealed"),
                "rows with one stale column count too: " + output);
        CarnetKeys finished = CarnetKeys.read(keyFile);
        assertEquals(1, finished.encryptionKeyCount());
        byte[] probe = finished.cipher().seal("client.email", FieldCipher.newReference(), "x");
        assertTrue(next.isUnderPrimaryKey(probe), "the key added before the interruption is the one kept");
        assertEverythingOpensUnderThePrimaryKeyOf(finished.cipher());
    }

    private String rotate() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var connection = account.connect()) {
            new SealedData(connection).rotate(keyFile, new PrintStream(out, true, StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private void assertEverythingOpensUnderThePrimaryKeyOf(FieldCipher cipher) throws Exception {
        try (var connection = account.connect();
                var rows = connection.createStatement().executeQuery(
                        "SELECT seal_ref, last_name, first_name, email, birth_date FROM client ORDER BY id")) {
            int n = 0;
            while (rows.next()) {
                byte[] ref = rows.getBytes(1);
                String[] columns = {"last_name", "first_name", "email", "birth_date"};
                for (int i = 0; i < columns.length; i++) {
                    assertTrue(cipher.isUnderPrimaryKey(rows.getBytes(2 + i)));
                }
                assertEquals("Nom" + n, cipher.open("client.last_name", ref, rows.getBytes(2)));
                assertEquals("1980-01-0" + (1 + n % 9), cipher.open("client.birth_date", ref, rows.getBytes(5)));
                n++;
            }
            assertEquals(CLIENTS, n);
        }
    }

    private void seed(FieldCipher cipher) throws Exception {
        try (Connection connection = account.connect()) {
            connection.setAutoCommit(false);
            var now = LocalDateTime.now(ZoneOffset.UTC);
            byte[] staffRef = FieldCipher.newReference();
            try (var staff = connection
                    .prepareStatement("INSERT INTO staff_member (id, seal_ref, first_name, last_name, "
                            + "email, email_index, password_hash, role, created_at) VALUES (1, ?, ?, ?, ?, ?, 'x', 'OWNER', ?)")) {
                staff.setBytes(1, staffRef);
                staff.setBytes(2, cipher.seal("staff_member.first_name", staffRef, "Claire"));
                staff.setBytes(3, cipher.seal("staff_member.last_name", staffRef, "Martin"));
                staff.setBytes(4, cipher.seal("staff_member.email", staffRef, "claire@exemple.test"));
                staff.setBytes(5, cipher.index("staff_member.email", "claire@exemple.test"));
                staff.setObject(6, now);
                staff.executeUpdate();
            }
            try (var client = connection.prepareStatement("INSERT INTO client (seal_ref, last_name, first_name, email, "
                    + "birth_date, email_index, last_name_index, language, created_at, created_by) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, 'fr', ?, 1)")) {
                for (int n = 0; n < CLIENTS; n++) {
                    byte[] ref = FieldCipher.newReference();
                    String email = "client" + n + "@exemple.test";
                    client.setBytes(1, ref);
                    client.setBytes(2, cipher.seal("client.last_name", ref, "Nom" + n));
                    client.setBytes(3, cipher.seal("client.first_name", ref, "Prénom"));
                    client.setBytes(4, cipher.seal("client.email", ref, email));
                    client.setBytes(5, cipher.seal("client.birth_date", ref, "1980-01-0" + (1 + n % 9)));
                    client.setBytes(6, cipher.index("client.email", BlindIndex.email(email)));
                    client.setBytes(7, cipher.index("client.last_name", BlindIndex.name("Nom" + n)));
                    client.setObject(8, now);
                    client.addBatch();
                }
                client.executeBatch();
            }
            connection.commit();
        }
    }
}
