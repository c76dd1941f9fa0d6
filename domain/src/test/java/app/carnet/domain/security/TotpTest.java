package app.carnet.domain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** The SHA-1 seed of RFC 6238, Appendix B. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:10Z");

    @ParameterizedTest
    @CsvSource({"59, 0000000000000001, 94287082", "1111111109, 00000000023523EC, 07081804",
        "1111111111, 00000000023523ED, 14050471", "1234567890, 000000000273EF07, 89005924",
        "2000000000, 0000000003F940AA, 69279037", "20000000000, 0000000027BC86AA, 65353130"})
    void code_shouldMatchTheVectorsOfRfc6238(long seconds, String hexStep, String eightDigits) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertEquals(Long.parseLong(hexStep, 16), step);
        assertEquals(eightDigits, Totp.code(RFC_SECRET, step, 8));
        assertEquals(eightDigits.substring(2), Totp.code(RFC_SECRET, step), "6 digits are the last 6 of 8");
    }

    @Test
    void verify_shouldAcceptOneStepEitherSideAndReturnTheStepMatched() {
        long now = Totp.step(NOW);
        for (long step = now - 1; step <= now + 1; step++) {
            assertEquals(OptionalLong.of(step), Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step), NOW, 0));
        }
        assertTrue(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, now - 2), NOW, 0).isEmpty(), "too old");
        assertTrue(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, now + 2), NOW, 0).isEmpty(), "too early");
    }

    @Test
    void verify_shouldRefuseAStepAlreadyAcceptedOrOlder() {
        long now = Totp.step(NOW);
        String code = Totp.code(RFC_SECRET, now);
        long accepted = Totp.verify(RFC_SECRET, code, NOW, 0).getAsLong();
        assertTrue(Totp.verify(RFC_SECRET, code, NOW, accepted).isEmpty(), "the same code twice");
        assertTrue(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, now - 1), NOW, accepted).isEmpty(), "an older code");
        assertEquals(OptionalLong.of(now + 1), Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, now + 1), NOW, accepted));
    }

    @Test
    void verify_shouldReadSpacesButRefuseAnythingElse() {
        String code = Totp.code(RFC_SECRET, Totp.step(NOW));
        assertTrue(Totp.verify(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3) + " ", NOW, 0).isPresent());
        assertFalse(Totp.verify(RFC_SECRET, code + "0", NOW, 0).isPresent());
        assertFalse(Totp.verify(RFC_SECRET, code.substring(1), NOW, 0).isPresent());
        assertFalse(Totp.verify(RFC_SECRET, "abcdef", NOW, 0).isPresent());
        assertFalse(Totp.verify(RFC_SECRET, null, NOW, 0).isPresent());
    }

    @Test
    void newSecret_shouldBe160RandomBits() {
        byte[] secret = Totp.newSecret();
        assertEquals(20, secret.length);
        assertEquals(32, Base32.encode(secret).length());
        assertNotEquals(Base32.encode(secret), Base32.encode(Totp.newSecret()));
    }

    @Test
    void uri_shouldNameIssuerAndAccountAndTheParametersOfTheApps() {
        byte[] secret = Base32.decode("JBSWY3DPEHPK3PXP");
        assertEquals("otpauth://totp/Cabinet%20Lumi%C3%A8re:claire%40cabinet.fr?secret=JBSWY3DPEHPK3PXP"
                + "&issuer=Cabinet%20Lumi%C3%A8re&algorithm=SHA1&digits=6&period=30",
                Totp.uri("Cabinet Lumière", "claire@cabinet.fr", secret));
        assertTrue(Totp.uri("A: B", "x:y", secret).startsWith("otpauth://totp/A%20B:xy?"), "colons dropped");
    }
}
