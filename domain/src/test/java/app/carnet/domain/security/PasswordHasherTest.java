package app.carnet.domain.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void verify_shouldAcceptTheRightPasswordOnly() {
        String stored = hasher.hash("une phrase de passe");
        assertTrue(hasher.verify("une phrase de passe", stored));
        assertFalse(hasher.verify("une phrase de passe ", stored));
    }

    @Test
    void hash_shouldBeSaltedAndKeepItsIterationCount() {
        String first = hasher.hash("même mot de passe");
        assertNotEquals(first, hasher.hash("même mot de passe"));
        assertTrue(first.startsWith("pbkdf2-sha256$1000$"));
    }

    @Test
    void defaultHasher_shouldUseOwaspIterationCount() {
        assertTrue(new PasswordHasher().hash("x").startsWith("pbkdf2-sha256$600000$"));
    }

    @Test
    void verify_shouldFailWithoutAStoredHash() {
        assertFalse(hasher.verify("decoy password, never used", null));
        assertFalse(hasher.verify("anything", "not-a-hash"));
    }
}
