package app.carnet.rights.directive;

import java.util.Arrays;
import java.util.Optional;

/**
 * The documents a death may come with (a death certificate, a notary's letter): PDF, JPEG or PNG, recognised by their
 * first bytes (never by the name or by what the browser claims), up to {@link #MAX_BYTES}.
 */
final class DeathDocuments {

    static final int MAX_BYTES = 8 * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private DeathDocuments() {
    }

    /** The media type of an accepted document, empty for anything else. */
    static Optional<String> mediaType(byte[] content) {
        if (starts(content, PDF)) {
            return Optional.of("application/pdf");
        }
        if (starts(content, PNG)) {
            return Optional.of("image/png");
        }
        if (starts(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
