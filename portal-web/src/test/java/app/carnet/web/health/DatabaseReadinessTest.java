package app.carnet.web.health;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class DatabaseReadinessTest {

    @Test
    void call_shouldBeDownWhileTheDatabaseIsUnreachable() {
        var readiness = new DatabaseReadiness();
        readiness.dataSource = new UnreachableDataSource();
        assertFalse(readiness.databaseAnswers());
    }

    @Test
    void call_shouldBeUpWhenTheDatabaseAnswersAQuery() {
        var readiness = new DatabaseReadiness();
        readiness.dataSource = new UnreachableDataSource() {
            @Override
            public Connection getConnection() {
                var statement = Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Statement.class},
                        (proxy, method, args) -> method.getName().equals("execute") ? Boolean.TRUE : null);
                return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {Connection.class},
                        (proxy, method, args) -> method.getName().equals("createStatement") ? statement : null);
            }
        };
        assertTrue(readiness.databaseAnswers());
    }

    private static class UnreachableDataSource implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            throw new SQLException("Connection refused");
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            return null;
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
