package app.carnet.domain.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoDataTest {

    @Test
    void demonstration_shouldOnlyRunOnThisComputer() {
        assertTrue(DemoData.isLocal("http://localhost:8080"));
        assertTrue(DemoData.isLocal("http://127.0.0.1:8093/"));
        assertFalse(DemoData.isLocal("https://cabinet-lumiere.fr"), "its owner's password is in the README");
        assertFalse(DemoData.isLocal("http://localhost.attacker.test"));
    }
}
