package app.carnet.rights.identity;

import java.util.Arrays;
import java.util.Optional;

/** The files a copy of a document may be, recognised by their first bytes, never by the name or the browser's word. */
enum ProofFileType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    private final String mediaType;
    @SuppressWarnings("ImmutableEnumChecker") // private, never handed out nor written
    private final byte[] signature;

    ProofFileType(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<ProofFileType> of(byte[] content) {
        return Arrays.stream(values()).filter(type -> content.length >= type.signature.length
                && Arrays.equals(content, 0, type.signature.length, type.signature, 0, type.signature.length))
                .findFirst();
    }
}
