package app.carnet.domain.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * The key command ({@code java -jar carnet-keys.jar}, see the README): {@code generate <file>} writes new
 * keys for a new installation; {@code rotate <file>} rotates the encryption key of the database named by
 * CARNET_DB_URL, CARNET_DB_USER and CARNET_DB_PASSWORD, with Carnet stopped.
 */
public final class KeyTool {

    private KeyTool() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !(args[0].equals("generate") || args[0].equals("rotate"))) {
            System.err.println("Usage: generate <key file> | rotate <key file>   (rotate reads CARNET_DB_URL, CARNET_DB_USER, CARNET_DB_PASSWORD)");
            System.exit(2);
        }
        Path file = Path.of(args[1]);
        if (args[0].equals("generate")) {
            if (Files.exists(file)) {
                System.err.println(file + " exists already: Carnet never replaces keys (the data would be lost).");
                System.exit(1);
            }
            CarnetKeys.generate().write(file);
            System.out.println("New keys in " + file + " (readable by you only). Keep a copy apart from the database backups.");
            return;
        }
        try (var connection = DriverManager.getConnection(required("CARNET_DB_URL"), required("CARNET_DB_USER"),
                System.getenv("CARNET_DB_PASSWORD"))) {
            new SealedData(connection).rotate(file, System.out);
        }
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            System.err.println(variable + " is not set.");
            System.exit(2);
        }
        return value;
    }
}
