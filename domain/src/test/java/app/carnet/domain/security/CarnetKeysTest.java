package app.carnet.domain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CarnetKeysTest {

    @TempDir
    Path folder;

    @Test
    void write_shouldMakeAFileOnlyItsOwnerReadsAndThatOpensTheSameValues() throws Exception {
        var keys = CarnetKeys.generate();
        byte[] ref = FieldCipher.newReference();
        byte[] sealed = keys.cipher().seal("client.email", ref, "anne@exemple.fr");
        Path file = folder.resolve("keys.properties");
        keys.write(file);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertFalse(CarnetKeys.readableByOthers(file));
        assertEquals(4, Files.readAllLines(file).size(), "two comment lines, one line per keyset");
        assertEquals("anne@exemple.fr", CarnetKeys.read(file).cipher().open("client.email", ref, sealed));
        assertEquals("anne@exemple.fr",
                CarnetKeys.parse(Files.readString(file)).cipher().open("client.email", ref, sealed));
    }

    @Test
    void readableByOthers_shouldSeeAGroupOrWorldReadableFile() throws Exception {
        Path file = folder.resolve("keys.properties");
        CarnetKeys.generate().write(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertTrue(CarnetKeys.readableByOthers(file));
    }

    @Test
    void parse_shouldNameWhatIsMissingWithoutQuotingTheText() {
        String text = CarnetKeys.generate().format();
        String withoutIndex = text.lines().filter(l -> !l.startsWith("index=")).reduce("", (a, b) -> a + b + "\n");
        var e = assertThrows(IllegalArgumentException.class, () -> CarnetKeys.parse(withoutIndex));
        assertTrue(e.getMessage().contains("index"));

        String broken = text.replace("encryption={", "encryption={{");
        var e2 = assertThrows(IllegalArgumentException.class, () -> CarnetKeys.parse(broken));
        assertFalse(e2.getMessage().contains("{"), "no key material in the message");
    }
}
