package app.carnet.domain.admin;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The database the commands work on: Carnet's, named by the same variables as for Carnet itself, CARNET_DB_URL,
 * CARNET_DB_USER and CARNET_DB_PASSWORD (README, "Security").
 */
public final class AdminDatabase {

    private AdminDatabase() {
    }

    /** @throws NotConfigured when the URL or the user is not set: the tool prints why and exits with 2 */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(required("CARNET_DB_URL"), required("CARNET_DB_USER"),
                System.getenv("CARNET_DB_PASSWORD"));
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new NotConfigured(variable + " is not set.");
        }
        return value;
    }

    /** A variable the command needs is missing: a wrong call, not a failure. */
    public static final class NotConfigured extends RuntimeException {

        NotConfigured(String message) {
            super(message);
        }
    }
}
