package app.carnet.domain.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 with 600,000 iterations (OWASP 2023), a 16-byte salt and a 32-byte hash,
 * stored as {@code pbkdf2-sha256$iterations$salt$hash}. The iteration count is kept in the
 * stored value so that it can be raised later without locking anyone out.
 */
public final class PasswordHasher {

    static final int ITERATIONS = 600_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    /** Compared against when an account does not exist, so that both cases take as long. */
    private static final String DECOY = new PasswordHasher(ITERATIONS).hash("decoy password, never used");

    private final int iterations;

    public PasswordHasher() {
        this(ITERATIONS);
    }

    /** A cheaper count for secrets that are random rather than chosen (recovery codes), checked several at a time. */
    public PasswordHasher(int iterations) {
        this.iterations = iterations;
    }

    public String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return String.join("$", PREFIX, Integer.toString(iterations), B64.encodeToString(salt),
                B64.encodeToString(derive(password, salt, iterations)));
    }

    /** @param stored a stored hash, or {@code null} when there is no account: it then takes as long and fails */
    public boolean verify(String password, String stored) {
        boolean real = stored != null;
        String[] parts = (real ? stored : DECOY).split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = derive(password, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual) && real;
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
