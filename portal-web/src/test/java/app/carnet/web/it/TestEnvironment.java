package app.carnet.web.it;

import app.carnet.domain.security.PasswordHasher;
import app.carnet.domain.security.Totp;
import app.carnet.web.dev.CarnetProcess;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * What the integration tests share, started once per test run and stopped at its end
 * ({@link StopTestEnvironment}): a MariaDB server, an in-process SMTP server (GreenMail) and Carnet's uber
 * jar, configured to use both, with a practice and its owner already set up, second factor included (its
 * secret is made for the run: {@link #ownerSecret()}).
 */
public final class TestEnvironment {

    public static final String OWNER_EMAIL = "praticienne@cabinet.test";
    public static final String OWNER_PASSWORD = "une phrase de passe assez longue";
    public static final String PRACTICE_NAME = "Cabinet Lumière";

    private static TestEnvironment instance;

    private final TestDatabase database;
    private final TestDatabase.Account account;
    private final GreenMail mail;
    private final CarnetProcess server;
    private final byte[] ownerSecret = Totp.newSecret();

    private TestEnvironment(TestDatabase database, TestDatabase.Account account, GreenMail mail,
            CarnetProcess server) {
        this.database = database;
        this.account = account;
        this.mail = mail;
        this.server = server;
    }

    public static synchronized TestEnvironment get() {
        if (instance == null) {
            try {
                instance = start();
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("The test environment did not start", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    static synchronized void stopIfStarted() {
        if (instance != null) {
            instance.server.close();
            instance.mail.stop();
            instance.database.close();
            instance = null;
        }
    }

    /** The MariaDB server alone, for tests that start their own Carnet (Arquillian). */
    static synchronized TestDatabase.Account newDatabase(String purpose) {
        return get().database.create(purpose);
    }

    static TestDatabase server() {
        return get().database;
    }

    private static TestEnvironment start() throws IOException, SQLException, InterruptedException {
        Path workDir = Path.of(System.getProperty("carnet.it.workDir", "target/it"));
        Files.createDirectories(workDir);
        var database = TestDatabase.start(workDir);
        var account = database.create("it");
        var mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        int port = freePort();
        var environment = Map.of(
                "CARNET_DB_URL", account.url(),
                "CARNET_DB_USER", account.user(),
                "CARNET_DB_PASSWORD", account.password(),
                "CARNET_SMTP_HOST", "127.0.0.1",
                "CARNET_SMTP_PORT", Integer.toString(mail.getSmtp().getPort()),
                "CARNET_SMTP_STARTTLS", "false",
                "CARNET_MAIL_FROM", "cabinet@cabinet.test",
                "CARNET_BASE_URL", "http://localhost:" + port,
                // Every test logs in from 127.0.0.1: only the per-account throttle is exercised here.
                "CARNET_LOGIN_ADDRESS_FAILURES", "100000");
        var server = CarnetProcess.start(System.getProperty("carnet.it.java", "java"),
                Path.of(System.getProperty("carnet.it.uberJar")), port, environment, workDir,
                workDir.resolve("carnet-server-" + port + ".log"));
        server.awaitReady(Duration.ofMinutes(4));
        // The launcher session listener stops it at the end of the run; this hook covers a JVM that ends otherwise.
        Runtime.getRuntime().addShutdownHook(new Thread(TestEnvironment::stopIfStarted, "stop-test-environment"));
        var started = new TestEnvironment(database, account, mail, server);
        started.seedPractice();
        return started;
    }

    /** The practice as the setup page leaves it, and its owner once enrolled (SetupIT tests both pages). */
    private void seedPractice() throws SQLException {
        try (var connection = account.connect()) {
            var now = LocalDateTime.now(ZoneOffset.UTC);
            try (var practice = connection.prepareStatement(
                    "INSERT INTO practice (name, profession, created_at) VALUES (?, ?, ?)")) {
                practice.setString(1, PRACTICE_NAME);
                practice.setString(2, "Naturopathe");
                practice.setObject(3, now);
                practice.executeUpdate();
            }
            long owner = insertStaffMember(connection, "Claire", "Martin", OWNER_EMAIL, OWNER_PASSWORD, "OWNER");
            try (var factor = connection.prepareStatement("INSERT INTO second_factor "
                    + "(owner_realm, owner_id, totp_secret, totp_enabled_at, totp_last_step) VALUES ('STAFF', ?, ?, ?, 0)")) {
                factor.setLong(1, owner);
                factor.setBytes(2, ownerSecret);
                factor.setObject(3, now);
                factor.executeUpdate();
            }
        }
    }

    /** A staff member written straight into the database, without a second factor (as before its first login). */
    public long createStaff(String firstName, String lastName, String email, String password, String role)
            throws SQLException {
        try (var connection = account.connect()) {
            return insertStaffMember(connection, firstName, lastName, email, password, role);
        }
    }

    private static long insertStaffMember(java.sql.Connection connection, String firstName, String lastName,
            String email, String password, String role) throws SQLException {
        try (var member = connection.prepareStatement("INSERT INTO staff_member "
                + "(first_name, last_name, email, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            member.setString(1, firstName);
            member.setString(2, lastName);
            member.setString(3, email);
            member.setString(4, new PasswordHasher().hash(password));
            member.setString(5, role);
            member.setObject(6, LocalDateTime.now(ZoneOffset.UTC));
            member.executeUpdate();
            try (var keys = member.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The TOTP secret of the owner's authenticator app: codes through {@link OneTimeCodes}. */
    public byte[] ownerSecret() {
        return ownerSecret.clone();
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public GreenMail mail() {
        return mail;
    }

    /** Carnet's own database, for checking what a test wrote and for putting a record in a given state. */
    public java.sql.Connection database() throws SQLException {
        return account.connect();
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
