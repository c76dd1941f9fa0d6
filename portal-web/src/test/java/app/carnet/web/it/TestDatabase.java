package app.carnet.web.it;

import app.carnet.web.dev.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The MariaDB server of a test run: the one named by {@code CARNET_TEST_DB_URL} (with
 * {@code CARNET_TEST_DB_USER} and {@code CARNET_TEST_DB_PASSWORD}, an account that may create databases
 * and users), or else an embedded one in {@code target/it}. Each run works in fresh databases of its own
 * and drops them at the end.
 */
public final class TestDatabase implements AutoCloseable {

    /** A database and the account Carnet uses on it. */
    public record Account(String url, String user, String password) {

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    private interface Admin {
        void run(String sql) throws IOException, SQLException;
    }

    private final String serverUrl;
    private final Admin admin;
    private final EmbeddedDatabase embedded;
    private final String runId = HexFormat.of().formatHex(randomBytes());
    private final List<String> created = new ArrayList<>();

    private TestDatabase(String serverUrl, Admin admin, EmbeddedDatabase embedded) {
        this.serverUrl = serverUrl;
        this.admin = admin;
        this.embedded = embedded;
    }

    static TestDatabase start(Path workDir) throws IOException {
        String url = System.getenv("CARNET_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            String user = System.getenv().getOrDefault("CARNET_TEST_DB_USER", "root");
            String password = System.getenv().getOrDefault("CARNET_TEST_DB_PASSWORD", "");
            String server = url.endsWith("/") ? url : url + "/";
            return new TestDatabase(server, sql -> {
                try (var connection = DriverManager.getConnection(server, user, password);
                        var statement = connection.createStatement()) {
                    statement.execute(sql);
                }
            }, null);
        }
        Path home = workDir.resolve("mariadb");
        deleteRecursively(home);
        var db = EmbeddedDatabase.start(home);
        return new TestDatabase(db.adminUrl(), db::run, db);
    }

    /** Creates an empty database, and an account limited to it. */
    public Account create(String purpose) {
        String name = "carnet_" + purpose + "_" + runId;
        String user = "c" + runId + "u" + created.size();
        String password = HexFormat.of().formatHex(randomBytes()) + "Aa1";
        try {
            admin.run("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            admin.run("DROP USER IF EXISTS ''@'localhost'");
            for (String host : List.of("localhost", "127.0.0.1", "%")) {
                admin.run("CREATE USER '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                admin.run("GRANT ALL ON `" + name + "`.* TO '" + user + "'@'" + host + "'");
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        created.add(name + "/" + user);
        return new Account(serverUrl + name, user, password);
    }

    /** The account's database as {@code mariadb-dump} writes it: what a stolen backup would hold. */
    public byte[] dump(Account account) throws IOException, InterruptedException {
        URI url = URI.create(account.url().substring("jdbc:".length()));
        String program = dumpProgram();
        var process = new ProcessBuilder(program, "--host=" + url.getHost(), "--port=" + url.getPort(),
                "--user=" + account.user(), "--password=" + account.password(), "--single-transaction",
                "--skip-lock-tables", url.getPath().substring(1))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] dump = process.getInputStream().readAllBytes();
        if (process.waitFor() != 0) {
            throw new IOException(program + " failed with exit code " + process.exitValue());
        }
        return dump;
    }

    private String dumpProgram() {
        if (embedded != null) {
            for (String name : List.of("mariadb-dump", "mysqldump")) {
                if (Files.isExecutable(embedded.program(name))) {
                    return embedded.program(name).toString();
                }
            }
        }
        return Files.isExecutable(Path.of("/usr/bin/mariadb-dump")) ? "/usr/bin/mariadb-dump" : "mysqldump";
    }

    /** Cuts the account off the server, as a database outage would: new connections are refused. */
    public void cutOff(Account account) {
        try {
            for (String host : List.of("localhost", "127.0.0.1", "%")) {
                admin.run("ALTER USER '" + account.user() + "'@'" + host + "' ACCOUNT LOCK");
            }
            admin.run("KILL CONNECTION USER '" + account.user() + "'");
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not cut the test account off", e);
        }
    }

    public void restore(Account account) {
        try {
            for (String host : List.of("localhost", "127.0.0.1", "%")) {
                admin.run("ALTER USER '" + account.user() + "'@'" + host + "' ACCOUNT UNLOCK");
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not restore the test account", e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
            return;
        }
        for (String entry : created) {
            String[] parts = entry.split("/");
            try {
                admin.run("DROP DATABASE IF EXISTS `" + parts[0] + "`");
                for (String host : List.of("localhost", "127.0.0.1", "%")) {
                    admin.run("DROP USER IF EXISTS '" + parts[1] + "'@'" + host + "'");
                }
            } catch (IOException | SQLException e) {
                System.err.println("Could not drop the test database " + parts[0] + ": " + e.getMessage());
            }
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
