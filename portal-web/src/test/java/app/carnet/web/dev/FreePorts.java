package app.carnet.web.dev;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the servers that tests and the run command start, taken below the kernel's ephemeral range.
 *
 * <p>{@code new ServerSocket(0)} hands out an ephemeral port; in the half minute before Payara binds it, any outgoing
 * connection (JDBC, SMTP, the readiness poll itself) may be given the same port as its local end, and Payara then
 * cannot listen on it. Below the ephemeral range, only a server asking for that very port can take it.
 */
public final class FreePorts {

    private static final Set<Integer> GIVEN = new HashSet<>();

    private FreePorts() {
    }

    /** A port nobody listens on, outside the ephemeral range, and not given before by this JVM. */
    public static synchronized int next() throws IOException {
        int high = Math.min(ephemeralRangeStart(), 32_768);
        int low = Math.max(1_024, high - 20_000);
        if (high - low < 1_000) {
            throw new IOException("The ephemeral port range starts at " + high + ": no room below it for test servers");
        }
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(low, high);
            if (!GIVEN.contains(port) && isFree(port)) {
                GIVEN.add(port);
                return port;
            }
        }
        throw new IOException("No free port between " + low + " and " + high);
    }

    private static boolean isFree(int port) {
        for (var address : new InetAddress[] {InetAddress.getLoopbackAddress(), null}) {
            try (var socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(address == null ? new InetSocketAddress(port) : new InetSocketAddress(address, port));
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private static int ephemeralRangeStart() {
        try {
            // Not Files.readString: /proc files say they are empty, and it then reads only the first bytes.
            var range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).getFirst().trim()
                    .split("\\s+");
            return Integer.parseInt(range[0]);
        } catch (IOException | RuntimeException e) {
            return 32_768; // Linux's default
        }
    }
}
