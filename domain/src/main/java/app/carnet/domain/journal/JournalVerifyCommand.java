package app.carnet.domain.journal;

import app.carnet.domain.admin.AdminCommand;
import app.carnet.domain.admin.AdminDatabase;
import app.carnet.domain.security.CarnetKeys;
import app.carnet.domain.security.FieldCipher;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code journal-verify <key file>}: checks that no entry of the access journal was changed, added or deleted
 * (docs/security.md), from outside Carnet, so that a check does not depend on the server it checks.
 */
public final class JournalVerifyCommand implements AdminCommand {

    @Override
    public String name() {
        return "journal-verify";
    }

    @Override
    public List<String> parameters() {
        return List.of("key file");
    }

    /** @return 0 when the chain holds, 3 when it is broken */
    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws SQLException {
        FieldCipher.install(CarnetKeys.read(Path.of(arguments.getFirst())).cipher());
        try (var connection = AdminDatabase.connect()) {
            var report = JournalChain.verify(connection);
            if (report.intact()) {
                out.println("Access journal intact: " + report.entries() + " entries; head " + report.head()
                        + " (compare with the head of the last check: a shorter journal means entries were deleted).");
                return 0;
            }
            out.println("Access journal BROKEN at entry " + report.brokenAt()
                    + ": an entry was changed, added or deleted there (or the key file is not this installation's).");
            return 3;
        }
    }
}
