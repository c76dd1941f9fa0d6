package app.carnet.domain.admin;

import app.carnet.domain.journal.JournalChain;
import app.carnet.domain.security.BlindIndex;
import app.carnet.domain.security.CarnetKeys;
import app.carnet.domain.security.FieldCipher;
import app.carnet.domain.security.SealedData;
import app.carnet.domain.shared.Principals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The administration command, {@code java -jar carnet-admin.jar} (README, docs/security.md):
 * <ul>
 * <li>{@code keys-generate <key file>}: new keys for a new installation;</li>
 * <li>{@code keys-rotate <key file>}: rotates the encryption key, Carnet stopped;</li>
 * <li>{@code journal-verify <key file>}: checks that no entry of the access journal was changed, added or deleted;</li>
 * <li>{@code second-factor-reset <key file> <email>}: for a staff member (the owner, usually) who lost both phone
 * and recovery codes: deletes the second factor and ends the sessions; the next login leads to enrolment.</li>
 * </ul>
 * All but the first work on the database named by CARNET_DB_URL, CARNET_DB_USER and CARNET_DB_PASSWORD.
 */
public final class AdminTool {

    private AdminTool() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("second-factor-reset")) {
            System.exit(resetSecondFactor(Path.of(args[1]), args[2]));
        }
        if (args.length != 2) {
            usage();
        }
        Path file = Path.of(args[1]);
        switch (args[0]) {
            case "keys-generate" -> generate(file);
            case "keys-rotate" -> {
                try (var connection = connect()) {
                    new SealedData(connection).rotate(file, System.out);
                }
            }
            case "journal-verify" -> System.exit(verify(file));
            default -> usage();
        }
    }

    private static void generate(Path file) {
        if (Files.exists(file)) {
            System.err.println(file + " exists already: Carnet never replaces keys (the data would be lost).");
            System.exit(1);
        }
        CarnetKeys.generate().write(file);
        System.out.println("New keys in " + file + " (readable by you only). Keep a copy apart from the database backups.");
    }

    /** @return the exit code: 0 when the chain holds, 3 when it is broken */
    private static int verify(Path keyFile) throws SQLException {
        FieldCipher.install(CarnetKeys.read(keyFile).cipher());
        try (var connection = connect()) {
            var report = JournalChain.verify(connection);
            if (report.intact()) {
                System.out.println("Access journal intact: " + report.entries() + " entries; head " + report.head()
                        + " (compare with the head of the last check: a shorter journal means entries were deleted).");
                return 0;
            }
            System.out.println("Access journal BROKEN at entry " + report.brokenAt()
                    + ": an entry was changed, added or deleted there (or the key file is not this installation's).");
            return 3;
        }
    }

    /** @return the exit code: 0 when reset, 4 when no staff member has this address */
    static int resetSecondFactor(Path keyFile, String email) throws SQLException {
        var cipher = CarnetKeys.read(keyFile).cipher();
        byte[] index = cipher.index("staff_member.email", BlindIndex.email(email));
        try (var connection = connect()) {
            connection.setAutoCommit(false);
            Long id = null;
            try (var find = connection.prepareStatement("SELECT id FROM staff_member WHERE email_index = ?")) {
                find.setBytes(1, index);
                try (var rows = find.executeQuery()) {
                    if (rows.next()) {
                        id = rows.getLong(1);
                    }
                }
            }
            if (id == null) {
                System.out.println("No staff member has this address (or the key file is not this installation's).");
                return 4;
            }
            for (String table : new String[] {"recovery_code", "second_factor"}) {
                try (var delete = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE owner_realm = 'STAFF' AND owner_id = ?")) {
                    delete.setLong(1, id);
                    delete.executeUpdate();
                }
            }
            // This machine's clock, as Carnet's sessions are stamped by Carnet's (the database's may differ).
            var now = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC);
            try (var revoke = connection.prepareStatement("INSERT INTO session_revocation (principal, revoked_at) "
                    + "VALUES (?, ?) ON DUPLICATE KEY UPDATE revoked_at = ?")) {
                revoke.setString(1, Principals.ofStaff(id));
                revoke.setObject(2, now);
                revoke.setObject(3, now);
                revoke.executeUpdate();
            }
            connection.commit();
            System.out.println("Second factor deleted and sessions ended for staff member " + id
                    + ": after the password, the next login sets up a new one.");
            return 0;
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(required("CARNET_DB_URL"), required("CARNET_DB_USER"),
                System.getenv("CARNET_DB_PASSWORD"));
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            System.err.println(variable + " is not set.");
            System.exit(2);
        }
        return value;
    }

    private static void usage() {
        System.err.println("Usage: keys-generate <key file> | keys-rotate <key file> | journal-verify <key file>");
        System.err.println("       | second-factor-reset <key file> <staff email>");
        System.err.println("       (all but keys-generate read CARNET_DB_URL, CARNET_DB_USER, CARNET_DB_PASSWORD)");
        System.exit(2);
    }
}
