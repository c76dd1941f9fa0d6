package app.carnet.web.it.support;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.security.CarnetKeys;
import app.carnet.web.dev.CarnetProcess;
import app.carnet.web.dev.FreePorts;
import app.carnet.web.it.Eventually;
import app.carnet.web.it.TestEnvironment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Given keys that did not seal its database (another installation's file), Carnet does not start. */
class EncryptionKeysIT {

    @Test
    void otherKeys_shouldKeepCarnetFromStartingOnThisDatabase() throws Exception {
        var env = TestEnvironment.get();
        Path workDir = Path.of(System.getProperty("carnet.it.workDir", "target/it"));
        int port = FreePorts.next();
        Path otherKeys = workDir.resolve("other-keys-" + port + ".properties");
        CarnetKeys.generate().write(otherKeys);
        Path log = workDir.resolve("carnet-other-keys-" + port + ".log");
        var account = env.account();
        try (var server = CarnetProcess.start(System.getProperty("carnet.it.java", "java"),
                Path.of(System.getProperty("carnet.it.uberJar")), port,
                Map.of("CARNET_DB_URL", account.url(), "CARNET_DB_USER", account.user(),
                        "CARNET_DB_PASSWORD", account.password(), "CARNET_KEYS_FILE",
                        otherKeys.toAbsolutePath().toString()),
                workDir, log)) {
            String output = Eventually.until(Duration.ofMinutes(4), () -> Files.readString(log),
                    o -> o.contains("ready in"));
            assertTrue(output.contains("ready in"), "Payara Micro finished booting");
            assertTrue(output.contains("These encryption keys do not open the data in this database"),
                    "the log says why");
            var home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl())).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertNotEquals(200, home.statusCode(), "Carnet is not served");
            assertNotEquals(302, home.statusCode(), "Carnet is not served");
        }
    }
}
