package app.carnet.domain.consultation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a consultation accepts, recognised by their first bytes (never by the name or by what the
 * browser claims).
 */
public enum FileType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    private final String mediaType;
    @SuppressWarnings("ImmutableEnumChecker") // private, never handed out nor written
    private final byte[] signature;

    FileType(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    static Optional<FileType> of(byte[] content) {
        return Arrays.stream(values()).filter(type -> content.length >= type.signature.length
                && Arrays.equals(content, 0, type.signature.length, type.signature, 0, type.signature.length))
                .findFirst();
    }
}
