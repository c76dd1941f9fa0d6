package app.carnet.domain.account;

import app.carnet.domain.security.PasswordHasher;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recovery codes: 10 codes of 10 characters (50 random bits each) in Crockford's alphabet, which has no
 * I, L, O or U, shown as {@code XXXXX-XXXXX}. Typing ignores case, spaces and dashes, and reads O as 0 and
 * I or L as 1. Below 112 bits NIST SP 800-63B asks for a salted password hash rather than a plain one:
 * PBKDF2 with a lower count than passwords', as up to ten hashes are tried for one typed code.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    static final int LENGTH = 10;
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final PasswordHasher HASHER = new PasswordHasher(100_000);
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    static List<String> generate() {
        var codes = new ArrayList<String>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            var code = new StringBuilder(LENGTH + 1);
            for (int c = 0; c < LENGTH; c++) {
                code.append(c == LENGTH / 2 ? "-" : "").append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return List.copyOf(codes);
    }

    /** The code as it is hashed, or empty when the text cannot be a recovery code. */
    static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT).replace('O', '0').replace('I', '1')
                .replace('L', '1');
        boolean valid = code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
        return valid ? Optional.of(code) : Optional.empty();
    }

    static String hash(String code) {
        return HASHER.hash(normalise(code).orElseThrow());
    }

    static boolean matches(String normalised, String hash) {
        return HASHER.verify(normalised, hash);
    }
}
