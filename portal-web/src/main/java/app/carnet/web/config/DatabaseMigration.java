package app.carnet.web.config;

import app.carnet.domain.client.ClientIndexes;
import app.carnet.domain.demo.DemoData;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.security.FieldCipher;
import app.carnet.domain.security.SealedData;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before Carnet serves anything. Each module keeps its migrations in
 * {@code db/migration/<module>}; EclipseLink never creates tables. Nothing starts without keys that open the data.
 */
@Singleton
@Startup
@DependsOn("EncryptionKeys")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = CarnetDataSource.JNDI_NAME)
    DataSource dataSource;
    @Inject
    PracticeService practice;
    @Inject
    ClientIndexes clientIndexes;
    @Inject
    @ConfigProperty(name = "carnet.base-url")
    String baseUrl;
    @Inject
    @ConfigProperty(name = "carnet.demo", defaultValue = "false")
    boolean demo;
    @Inject
    DemoData demoData;

    /** Stops here, before any personal field is read or written, if the keys did not seal this database. */
    private void checkKeys() {
        try (Connection connection = dataSource.getConnection()) {
            new SealedData(connection).checkOpensWith(FieldCipher.current());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the encryption keys against the database", e);
        }
    }

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        var result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> result.migrationsExecuted == 0 ? "Database schema up to date"
                : "Database schema migrated to version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                        + " migrations applied)");
        checkKeys();
        int indexed = 0;
        for (int batch = clientIndexes.indexNextBatch(); batch > 0; batch = clientIndexes.indexNextBatch()) {
            indexed += batch;
        }
        if (indexed > 0) {
            LOG.info("Search indexes filled for " + indexed + " client files");
        }
        if (demo) {
            demoData.setUpPractice();
        }
        practice.announceSetupCode(baseUrl);
    }
}
