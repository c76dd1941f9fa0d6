package app.carnet.web.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.web.dev.CarnetProcess;
import app.carnet.web.dev.FreePorts;
import app.carnet.web.it.TestEnvironment;
import java.io.FileInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * Carnet serves HTTPS itself with the practice's certificate (a keystore given to Payara Micro), plain HTTP
 * is redirected to it, and cookies and HSTS follow.
 */
class TlsIT {

    private static final String STORE_PASSWORD = "test-keystore-password";

    @Test
    void https_shouldServeTheConfiguredCertificateAndHttpRedirectToIt() throws Exception {
        var env = TestEnvironment.get();
        Path workDir = Path.of(System.getProperty("carnet.it.workDir", "target/it"));
        int port = FreePorts.next();
        int httpsPort = FreePorts.next();
        Path keystore = workDir.resolve("tls-" + port + ".p12");
        Files.deleteIfExists(keystore);
        String keytool = Path.of(System.getProperty("carnet.it.java", "java")).resolveSibling("keytool").toString();
        var made = new ProcessBuilder(keytool, "-genkeypair", "-alias", "carnet", "-keyalg", "EC", "-groupname",
                "secp256r1",
                "-dname", "CN=localhost, O=Cabinet de test", "-ext", "san=dns:localhost", "-validity", "30",
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", STORE_PASSWORD)
                .redirectErrorStream(true).start();
        assertEquals(0, made.waitFor(), new String(made.getInputStream().readAllBytes()));

        var account = env.account();
        try (var server = CarnetProcess.start(System.getProperty("carnet.it.java", "java"),
                Path.of(System.getProperty("carnet.it.uberJar")), port,
                Map.of("CARNET_DB_URL", account.url(), "CARNET_DB_USER", account.user(), "CARNET_DB_PASSWORD",
                        account.password(),
                        "CARNET_KEYS_FILE", env.keyFile().toAbsolutePath().toString(),
                        "CARNET_HTTPS_PORT", Integer.toString(httpsPort), "CARNET_SECURE_COOKIES", "true"),
                workDir, workDir.resolve("carnet-tls-" + port + ".log"),
                List.of("-Djavax.net.ssl.keyStore=" + keystore.toAbsolutePath(),
                        "-Djavax.net.ssl.keyStorePassword=" + STORE_PASSWORD,
                        "-Djavax.net.ssl.keyStoreType=PKCS12"),
                List.of("--sslport", Integer.toString(httpsPort), "--sslcert", "carnet"))) {
            server.awaitReady(Duration.ofMinutes(4));

            var https = HttpClient.newBuilder().sslContext(trusting(keystore)).build();
            var page = https.send(
                    HttpRequest.newBuilder(URI.create("https://localhost:" + httpsPort + "/portail/connexion.xhtml"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(),
                    "the certificate of the keystore is the one served (or the client refuses)");
            assertEquals("max-age=31536000; includeSubDomains",
                    page.headers().firstValue("Strict-Transport-Security").orElseThrow());
            String cookie = page.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("__Host-carnet-session="))
                    .findFirst().orElseThrow(() -> new AssertionError(page.headers().map().toString()));
            assertTrue(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("Path=/"), cookie);

            var plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                    + "portail/connexion.xhtml?fin=1")).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(308, plain.statusCode());
            assertEquals("https://localhost:" + httpsPort + "/portail/connexion.xhtml?fin=1",
                    plain.headers().firstValue("Location").orElseThrow());
            var health = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "health/ready"))
                            .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), "health checks stay on plain HTTP");
        }
    }

    /** A client that trusts only the test's own certificate. */
    private static SSLContext trusting(Path keystore) throws Exception {
        var store = KeyStore.getInstance("PKCS12");
        try (var in = new FileInputStream(keystore.toFile())) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        var trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("carnet", store.getCertificate("carnet"));
        var factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        var context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
