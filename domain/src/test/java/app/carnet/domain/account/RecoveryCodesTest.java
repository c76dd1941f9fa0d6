package app.carnet.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void generate_shouldGiveTenDistinctCodesInGroupsOfFive() {
        var codes = RecoveryCodes.generate();
        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
        for (String code : codes) {
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}"), code);
        }
    }

    @Test
    void normalise_shouldForgiveCaseSpacesDashesAndLookalikes() {
        assertEquals(Optional.of("0123456789"), RecoveryCodes.normalise(" o1234-56789 "));
        assertEquals(Optional.of("AB1C1DEF0Z"), RecoveryCodes.normalise("abIc l-def oz"));
        assertTrue(RecoveryCodes.normalise("123456").isEmpty(), "an app's code is not a recovery code");
        assertTrue(RecoveryCodes.normalise("ABCDE-FGHJU").isEmpty(), "U is not in the alphabet");
        assertTrue(RecoveryCodes.normalise(null).isEmpty());
    }

    @Test
    void hash_shouldBeSaltedAndMatchTheTypedCodeOnly() {
        String code = RecoveryCodes.generate().getFirst();
        String hash = RecoveryCodes.hash(code);
        assertFalse(hash.contains(code.replace("-", "")));
        assertNotEquals(hash, RecoveryCodes.hash(code), "salted");
        assertTrue(RecoveryCodes.matches(RecoveryCodes.normalise(code.toLowerCase()).orElseThrow(), hash));
        assertFalse(RecoveryCodes.matches("0000000000", hash));
    }
}
