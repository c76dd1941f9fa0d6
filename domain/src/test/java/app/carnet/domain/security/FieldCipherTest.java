package app.carnet.domain.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private final CarnetKeys keys = CarnetKeys.generate();
    private final FieldCipher cipher = keys.cipher();
    private final byte[] ref = FieldCipher.newReference();

    @Test
    void seal_shouldOpenToTheSameTextAndHideIt() {
        byte[] sealed = cipher.seal("client.last_name", ref, "Lefèvre");
        assertEquals("Lefèvre", cipher.open("client.last_name", ref, sealed));
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("Lef"));
        assertFalse(Arrays.equals(sealed, cipher.seal("client.last_name", ref, "Lefèvre")), "a fresh nonce each time");
    }

    @Test
    void open_shouldRefuseAValueMovedToAnotherColumnOrRecord() {
        byte[] sealed = cipher.seal("client.last_name", ref, "Lefèvre");
        assertThrows(IllegalStateException.class, () -> cipher.open("client.first_name", ref, sealed));
        assertThrows(IllegalStateException.class,
                () -> cipher.open("client.last_name", FieldCipher.newReference(), sealed));
    }

    @Test
    void open_shouldRefuseAnAlteredValueWithoutQuotingIt() {
        byte[] sealed = cipher.seal("client.email", ref, "anne@exemple.fr");
        sealed[sealed.length - 1] ^= 1;
        var e = assertThrows(IllegalStateException.class, () -> cipher.open("client.email", ref, sealed));
        assertFalse(e.getMessage().contains("anne"));
    }

    @Test
    void open_shouldRefuseAnotherInstallationsKeys() {
        byte[] sealed = cipher.seal("client.email", ref, "anne@exemple.fr");
        assertThrows(IllegalStateException.class,
                () -> CarnetKeys.generate().cipher().open("client.email", ref, sealed));
    }

    @Test
    void null_shouldStayNull() {
        assertNull(cipher.seal("client.email", ref, null));
        assertNull(cipher.open("client.email", ref, null));
        assertNull(cipher.index("client.email", null));
    }

    @Test
    void index_shouldBeDeterministicPerColumnAndKey() {
        byte[] index = cipher.index("client.email", "anne@exemple.fr");
        assertEquals(32, index.length);
        assertArrayEquals(index, keys.cipher().index("client.email", "anne@exemple.fr"));
        assertFalse(Arrays.equals(index, cipher.index("staff_member.email", "anne@exemple.fr")));
        assertFalse(Arrays.equals(index, CarnetKeys.generate().cipher().index("client.email", "anne@exemple.fr")));
    }

    @Test
    void rotation_shouldKeepOldValuesReadableAndSealNewOnesUnderTheNewKey() {
        byte[] old = cipher.seal("client.email", ref, "anne@exemple.fr");
        CarnetKeys rotated = keys.withNewEncryptionKey();
        assertEquals(2, rotated.encryptionKeyCount());
        FieldCipher next = rotated.cipher();
        assertFalse(next.isUnderPrimaryKey(old));
        assertEquals("anne@exemple.fr", next.open("client.email", ref, old));
        byte[] resealed = next.seal("client.email", ref, "anne@exemple.fr");
        assertTrue(next.isUnderPrimaryKey(resealed));

        FieldCipher finished = rotated.withoutOldEncryptionKeys().cipher();
        assertEquals("anne@exemple.fr", finished.open("client.email", ref, resealed));
        assertThrows(IllegalStateException.class, () -> finished.open("client.email", ref, old));
        assertArrayEquals(cipher.index("client.email", "x"), finished.index("client.email", "x"),
                "the index key stays");
    }

    @Test
    void blindIndexName_shouldIgnoreAccentsCaseAndPunctuation() {
        assertEquals("eloise dupont martin", BlindIndex.name("  Éloïse  Dupont-Martin "));
        assertEquals(BlindIndex.name("LEFEVRE"), BlindIndex.name("Lefèvre"));
        assertNotEquals(BlindIndex.name("Lefèvre"), BlindIndex.name("Lefebvre"));
        assertEquals("anne@exemple.fr", BlindIndex.email(" Anne@Exemple.FR "));
    }
}
