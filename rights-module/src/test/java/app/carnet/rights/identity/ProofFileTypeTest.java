package app.carnet.rights.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A copy of a document is recognised by its first bytes, never by its name. */
class ProofFileTypeTest {

    @Test
    void of_shouldRecognisePdfPngAndJpegByContentOnly() {
        assertEquals(Optional.of(ProofFileType.PDF), ProofFileType.of("%PDF-1.7 …".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(ProofFileType.PNG), ProofFileType.of(HexFormat.of().parseHex("89504e470d0a1a0a0000")));
        assertEquals(Optional.of(ProofFileType.JPEG),
                ProofFileType.of(HexFormat.of().parseHex("ffd8ffe000104a464946")));
        assertTrue(ProofFileType.of("MZ not a PDF".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(ProofFileType.of("GIF89a".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(ProofFileType.of(new byte[] {'%', 'P'}).isEmpty(), "too short to be a PDF");
    }
}
