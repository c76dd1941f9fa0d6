package app.carnet.domain.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base32Test {

    /** RFC 4648, section 10, without the padding. */
    @ParameterizedTest
    @CsvSource({"'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void encodeAndDecode_shouldFollowRfc4648(String text, String base32) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        assertEquals(base32, Base32.encode(bytes));
        assertArrayEquals(bytes, Base32.decode(base32));
    }

    @Test
    void decode_shouldReadASecretTypedByHandInGroups() {
        byte[] secret = {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, 0, 1, 2, 3, 4, 5};
        String encoded = Base32.encode(secret);
        assertArrayEquals(secret, Base32.decode(encoded.toLowerCase().replaceAll("(.{4})", "$1 ")));
        assertArrayEquals(Base32.decode("MZXW6YTBOI"), Base32.decode("MZXW6YTBOI======"));
    }

    @Test
    void decode_shouldRefuseCharactersOutsideTheAlphabet() {
        assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZXW1"));
        assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZXW8"));
    }
}
