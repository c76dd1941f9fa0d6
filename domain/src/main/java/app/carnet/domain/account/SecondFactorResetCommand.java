package app.carnet.domain.account;

import app.carnet.domain.admin.AdminCommand;
import app.carnet.domain.admin.AdminDatabase;
import app.carnet.domain.security.BlindIndex;
import app.carnet.domain.security.CarnetKeys;
import app.carnet.domain.shared.Principals;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * {@code second-factor-reset <key file> <staff email>}: for a staff member (the owner, usually) who lost both phone
 * and recovery codes, and so has nobody in Carnet to reset it: deletes the second factor and ends the sessions; the
 * next login leads to enrolment (docs/security.md).
 */
public final class SecondFactorResetCommand implements AdminCommand {

    @Override
    public String name() {
        return "second-factor-reset";
    }

    @Override
    public List<String> parameters() {
        return List.of("key file", "staff email");
    }

    /** @return 0 when reset, 4 when no staff member has this address */
    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws SQLException {
        var cipher = CarnetKeys.read(Path.of(arguments.get(0))).cipher();
        byte[] index = cipher.index("staff_member.email", BlindIndex.email(arguments.get(1)));
        try (var connection = AdminDatabase.connect()) {
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
                out.println("No staff member has this address (or the key file is not this installation's).");
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
            var now = LocalDateTime.now(ZoneOffset.UTC);
            try (var revoke = connection.prepareStatement("INSERT INTO session_revocation (principal, revoked_at) "
                    + "VALUES (?, ?) ON DUPLICATE KEY UPDATE revoked_at = ?")) {
                revoke.setString(1, Principals.ofStaff(id));
                revoke.setObject(2, now);
                revoke.setObject(3, now);
                revoke.executeUpdate();
            }
            connection.commit();
            out.println("Second factor deleted and sessions ended for staff member " + id
                    + ": after the password, the next login sets up a new one.");
            return 0;
        }
    }
}
