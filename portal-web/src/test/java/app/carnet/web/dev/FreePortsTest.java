package app.carnet.web.dev;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void givesListenablePortsBelowTheEphemeralRangeAndNeverTwice() throws Exception {
        int first = FreePorts.next();
        int second = FreePorts.next();
        assertNotEquals(first, second);
        assertTrue(first >= 1_024 && first < 32_768, "below Linux's ephemeral range: " + first);
        try (var socket = new ServerSocket(first)) {
            assertTrue(socket.isBound());
        }
    }
}
