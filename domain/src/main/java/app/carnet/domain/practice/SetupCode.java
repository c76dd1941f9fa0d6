package app.carnet.domain.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jspecify.annotations.Nullable;

/**
 * The one-time code that the first-start page asks for, so that whoever reaches a fresh Carnet first
 * cannot claim it: {@code CARNET_SETUP_CODE} when set, otherwise a random code made at start-up and written
 * to the server's log. Dashes, spaces and case do not matter when it is typed.
 */
@ApplicationScoped
public class SetupCode {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    @ConfigProperty(name = "carnet.setup.code")
    Optional<String> configured;

    private @Nullable String code;

    synchronized String code() {
        if (code == null) {
            code = configured.filter(c -> !c.isBlank()).orElseGet(SetupCode::random);
        }
        return code;
    }

    boolean matches(String typed) {
        byte[] expected = normalise(code()).getBytes(StandardCharsets.UTF_8);
        byte[] actual = normalise(typed == null ? "" : typed).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, actual);
    }

    static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static String random() {
        var random = new SecureRandom();
        var code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
