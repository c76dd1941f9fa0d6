package app.carnet.domain.account;

import app.carnet.domain.security.FieldCipher;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Set;

/**
 * Signed links (Nimbus JOSE+JWT): HS256 only, an audience per purpose, an expiry, and an id (jti) that the
 * database burns after use. The token holds no personal data: only the jti says, through the database, whose
 * link it is. The signing key is derived from the index key, outside the database.
 */
final class SignedLinks {

    private static final String ISSUER = "carnet";
    private static final JOSEObjectType TYPE = new JOSEObjectType("carnet-link+jwt");

    private final Clock clock;

    SignedLinks(Clock clock) {
        this.clock = clock;
    }

    /** A compact JWT for {@code jti}, valid until {@code expiresAt}. */
    String sign(LinkPurpose purpose, String jti, Instant expiresAt) {
        var claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(purpose.audience()).jwtID(jti)
                .issueTime(Date.from(clock.instant())).expirationTime(Date.from(expiresAt)).build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(TYPE).build(), claims);
        try {
            jwt.sign(new MACSigner(key()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a link", e);
        }
        return jwt.serialize();
    }

    /**
     * @return the link's id, when the token is one of Carnet's, for this purpose, signed with HS256 by this
     *         installation and not expired; empty for anything else (never an exception about its content)
     */
    Optional<String> verify(LinkPurpose purpose, String token) {
        if (token == null || token.isBlank() || token.length() > 2000) {
            return Optional.empty();
        }
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(TYPE));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.HS256, new ImmutableSecret<>(key())));
        var verifier = new DefaultJWTClaimsVerifier<SecurityContext>(purpose.audience(),
                new JWTClaimsSet.Builder().issuer(ISSUER).build(), Set.of("jti", "exp", "iat")) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        };
        verifier.setMaxClockSkew(0);
        processor.setJWTClaimsSetVerifier(verifier);
        try {
            return Optional.of(processor.process(SignedJWT.parse(token), null).getJWTID());
        } catch (ParseException | JOSEException | com.nimbusds.jose.proc.BadJOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] key() {
        return FieldCipher.current().index("account_link.signing", "HS256 link key, version 1");
    }
}
