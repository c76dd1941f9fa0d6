package app.carnet.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one database of Carnet, a MariaDB server named by {@code CARNET_DB_URL}, {@code CARNET_DB_USER}
 * and {@code CARNET_DB_PASSWORD} (Payara resolves {@code MPCONFIG} references at deployment).
 */
@DataSourceDefinition(
        name = CarnetDataSource.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=carnet.db.url}",
        user = "${MPCONFIG=carnet.db.user}",
        password = "${MPCONFIG=carnet.db.password}",
        minPoolSize = 2,
        maxPoolSize = 20,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class CarnetDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/carnet";
}
