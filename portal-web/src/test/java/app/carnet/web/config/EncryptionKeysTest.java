package app.carnet.web.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.security.CarnetKeys;
import app.carnet.domain.security.FieldCipher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Carnet does not start without usable keys, and says which setting to fix. */
class EncryptionKeysTest {

    @TempDir
    Path folder;

    @Test
    void load_shouldRefuseToStartWithoutKeys() {
        var e = assertThrows(IllegalStateException.class, () -> keys(Optional.empty(), Optional.empty()).load());
        assertTrue(e.getMessage().contains("CARNET_KEYS_FILE"));
    }

    @Test
    void load_shouldRefuseAMissingFile() {
        var e = assertThrows(IllegalStateException.class,
                () -> keys(Optional.empty(), Optional.of(folder.resolve("absent.properties").toString())).load());
        assertTrue(e.getMessage().contains("does not exist"));
    }

    @Test
    void load_shouldRefuseAFileOthersCanRead() throws Exception {
        Path file = folder.resolve("keys.properties");
        CarnetKeys.generate().write(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        var e = assertThrows(IllegalStateException.class,
                () -> keys(Optional.empty(), Optional.of(file.toString())).load());
        assertTrue(e.getMessage().contains("chmod 600"));
    }

    @Test
    void load_shouldTakeTheKeysFromTheFileOrTheVariable() {
        Path file = folder.resolve("keys.properties");
        var generated = CarnetKeys.generate();
        generated.write(file);
        byte[] ref = FieldCipher.newReference();
        byte[] sealed = generated.cipher().seal("client.email", ref, "anne@exemple.fr");

        assertDoesNotThrow(() -> keys(Optional.empty(), Optional.of(file.toString())).load());
        assertEquals("anne@exemple.fr", FieldCipher.current().open("client.email", ref, sealed));
        FieldCipher.install(null);
        assertDoesNotThrow(() -> keys(Optional.of(generated.format()), Optional.empty()).load());
        assertEquals("anne@exemple.fr", FieldCipher.current().open("client.email", ref, sealed));
    }

    private static EncryptionKeys keys(Optional<String> variable, Optional<String> file) {
        var keys = new EncryptionKeys();
        keys.keys = variable;
        keys.file = file;
        return keys;
    }
}
