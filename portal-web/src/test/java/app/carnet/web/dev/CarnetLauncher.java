package app.carnet.web.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The README's run command ({@code ./mvnw -Prun}): Carnet's uber jar on the MariaDB server named by
 * {@code CARNET_DB_URL}, or, when none is configured, on an embedded MariaDB whose data stays in
 * {@code .carnet/mariadb}. Ctrl-C stops Carnet first, then the database.
 */
public final class CarnetLauncher {

    private static final String DATABASE = "carnet";
    private static final String USER = "carnet";

    private CarnetLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("carnet.launcher.home", ".carnet")).toAbsolutePath();
        Path uberJar = Path.of(System.getProperty("carnet.launcher.uberJar"));
        String java = System.getProperty("carnet.launcher.java", "java");
        int port = Integer.parseInt(System.getenv().getOrDefault("CARNET_HTTP_PORT", "8080"));
        Files.createDirectories(home);

        Map<String, String> environment = new HashMap<>();
        EmbeddedDatabase database = null;
        if (System.getenv("CARNET_DB_URL") == null) {
            System.out.println("[carnet] No CARNET_DB_URL: starting the embedded MariaDB in " + home.resolve("mariadb"));
            database = EmbeddedDatabase.start(home.resolve("mariadb"));
            String password = databasePassword(home);
            database.createDatabase(DATABASE, USER, password);
            environment.put("CARNET_DB_URL", database.url(DATABASE));
            environment.put("CARNET_DB_USER", USER);
            environment.put("CARNET_DB_PASSWORD", password);
        }
        environment.putIfAbsent("CARNET_BASE_URL", "http://localhost:" + port);

        var server = CarnetProcess.start(java, uberJar, port, environment, home, null);
        EmbeddedDatabase stopLast = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[carnet] Stopping Carnet…");
            server.close();
            if (stopLast != null) {
                System.out.println("[carnet] Stopping the embedded MariaDB…");
                stopLast.close();
            }
        }, "carnet-shutdown"));

        server.awaitReady(Duration.ofMinutes(5));
        System.out.println();
        System.out.println("[carnet] Carnet is ready: " + server.baseUrl() + "   (Ctrl-C to stop)");
        System.out.println();
        System.exit(server.waitFor());
    }

    /** The embedded database's password, made at first start and readable by the owner only. */
    private static String databasePassword(Path home) throws IOException {
        Path file = home.resolve("db-password");
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String password = HexFormat.of().formatHex(bytes);
        Files.writeString(file, password);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return password;
    }
}
