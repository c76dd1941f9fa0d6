package app.carnet.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.security.CarnetKeys;
import app.carnet.domain.security.FieldCipher;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignedLinksTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private final CarnetKeys keys = CarnetKeys.generate();

    @BeforeEach
    void keys() {
        FieldCipher.install(keys.cipher());
    }

    private static SignedLinks at(Instant instant) {
        return new SignedLinks(Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void verify_shouldGiveBackTheIdOfALinkForItsPurposeUntilItExpires() {
        String token = at(NOW).sign(LinkPurpose.PASSWORD_RESET, "abc", NOW.plus(Duration.ofMinutes(30)));
        assertEquals(Optional.of("abc"), at(NOW.plusSeconds(1799)).verify(LinkPurpose.PASSWORD_RESET, token));
        assertTrue(at(NOW.plusSeconds(1801)).verify(LinkPurpose.PASSWORD_RESET, token).isEmpty(), "expired");
        assertTrue(at(NOW).verify(LinkPurpose.EMAIL_VERIFICATION, token).isEmpty(), "another purpose's audience");
        assertFalse(token.contains("client") || token.contains("staff"), "nothing of the account in the link");
    }

    @Test
    void verify_shouldRefuseAnAlteredForgedOrForeignLink() throws Exception {
        String token = at(NOW).sign(LinkPurpose.PASSWORD_RESET, "abc", NOW.plus(Duration.ofMinutes(30)));
        String[] parts = token.split("\\.");
        String otherClaims = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(new JWTClaimsSet.Builder().issuer("carnet")
                        .audience("carnet:password-reset").jwtID("xyz").issueTime(new java.util.Date())
                        .expirationTime(java.util.Date.from(NOW.plusSeconds(600))).build().toString().getBytes());
        assertTrue(at(NOW).verify(LinkPurpose.PASSWORD_RESET, parts[0] + "." + otherClaims + "." + parts[2]).isEmpty(),
                "claims changed under the same signature");

        var claims = new JWTClaimsSet.Builder().issuer("carnet").audience("carnet:password-reset").jwtID("xyz")
                .issueTime(java.util.Date.from(NOW)).expirationTime(java.util.Date.from(NOW.plusSeconds(600))).build();
        assertTrue(
                at(NOW).verify(LinkPurpose.PASSWORD_RESET, new PlainJWT(new PlainHeader(), claims).serialize())
                        .isEmpty(),
                "alg none");

        byte[] key = FieldCipher.current().index("account_link.signing", "HS256 link key, version 1");
        var hs512 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS512)
                .type(new com.nimbusds.jose.JOSEObjectType("carnet-link+jwt")).build(), claims);
        hs512.sign(new MACSigner(new byte[64]));
        assertTrue(at(NOW).verify(LinkPurpose.PASSWORD_RESET, hs512.serialize()).isEmpty(), "another algorithm");

        FieldCipher.install(CarnetKeys.generate().cipher());
        String foreign = at(NOW).sign(LinkPurpose.PASSWORD_RESET, "abc", NOW.plusSeconds(600));
        FieldCipher.install(keys.cipher());
        assertTrue(at(NOW).verify(LinkPurpose.PASSWORD_RESET, foreign).isEmpty(), "another installation's key");
        assertEquals(32, key.length);

        for (String garbage : new String[] {null, "", "abc", "a.b.c", "x".repeat(3000)}) {
            assertTrue(at(NOW).verify(LinkPurpose.PASSWORD_RESET, garbage).isEmpty());
        }
    }
}
