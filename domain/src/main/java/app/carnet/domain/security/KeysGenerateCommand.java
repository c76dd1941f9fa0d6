package app.carnet.domain.security;

import app.carnet.domain.admin.AdminCommand;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code keys-generate <key file>}: new keys for a new installation; never replaces a key file. */
public final class KeysGenerateCommand implements AdminCommand {

    @Override
    public String name() {
        return "keys-generate";
    }

    @Override
    public List<String> parameters() {
        return List.of("key file");
    }

    /** @return 0 when written, 1 when the file exists already */
    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        Path file = Path.of(arguments.getFirst());
        if (Files.exists(file)) {
            err.println(file + " exists already: Carnet never replaces keys (the data would be lost).");
            return 1;
        }
        CarnetKeys.generate().write(file);
        out.println("New keys in " + file + " (readable by you only). Keep a copy apart from the database backups.");
        return 0;
    }
}
