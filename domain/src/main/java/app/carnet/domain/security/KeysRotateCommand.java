package app.carnet.domain.security;

import app.carnet.domain.admin.AdminCommand;
import app.carnet.domain.admin.AdminDatabase;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/** {@code keys-rotate <key file>}: rotates the encryption key ({@link SealedData#rotate}), Carnet stopped. */
public final class KeysRotateCommand implements AdminCommand {

    @Override
    public String name() {
        return "keys-rotate";
    }

    @Override
    public List<String> parameters() {
        return List.of("key file");
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws SQLException {
        try (var connection = AdminDatabase.connect()) {
            new SealedData(connection).rotate(Path.of(arguments.getFirst()), out);
        }
        return 0;
    }
}
