package app.carnet.web.dev;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Carnet's uber jar in a child process, as production runs it. */
public final class CarnetProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private CarnetProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * @param log where the server's output goes, or {@code null} to share this process's console
     */
    public static CarnetProcess start(String java, Path uberJar, int port, Map<String, String> environment,
            Path workDir, Path log) throws IOException {
        return start(java, uberJar, port, environment, workDir, log, List.of(), List.of());
    }

    /**
     * @param jvmOptions before {@code -jar}
     * @param arguments Payara Micro's, after {@code --port}
     */
    public static CarnetProcess start(String java, Path uberJar, int port, Map<String, String> environment,
            Path workDir, Path log, List<String> jvmOptions, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-Duser.timezone=Europe/Paris"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", uberJar.toString(), "--port", Integer.toString(port)));
        command.addAll(arguments);
        var builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().putAll(environment);
        if (log == null) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
        }
        return new CarnetProcess(builder.start(), port, log);
    }

    /** Waits until Carnet answers that it is ready (application deployed, database reachable). */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        // HTTP/1.1: no h2c upgrade on plain HTTP while the server is still starting.
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2))
                .build();
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + "health/ready")).timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException(
                        "Carnet stopped while starting (exit code " + process.exitValue() + ")" + logTail());
            }
            try {
                var response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"database\"")) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString(); // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IOException("Carnet was not ready after " + timeout.toSeconds() + " s (last answer: " + last + ")"
                + logTail());
    }

    /** The server's last words, for a start that failed (test and development runs only). */
    private String logTail() {
        if (log == null || !java.nio.file.Files.exists(log)) {
            return "";
        }
        try {
            var lines = java.nio.file.Files.readAllLines(log);
            return "; the end of " + log + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "; see " + log;
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** Asks Payara to shut down (SIGTERM) and waits for it, then forces it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
