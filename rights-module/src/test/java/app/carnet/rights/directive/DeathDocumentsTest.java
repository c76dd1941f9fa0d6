package app.carnet.rights.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeathDocumentsTest {

    @Test
    void mediaType_shouldKnowPdfJpegAndPngByTheirFirstBytesOnly() {
        assertEquals(Optional.of("application/pdf"),
                DeathDocuments.mediaType("%PDF-1.7 acte".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of("image/png"), DeathDocuments.mediaType(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r',
            '\n', 0x1a, '\n', 0}));
        assertEquals(Optional.of("image/jpeg"), DeathDocuments.mediaType(new byte[] {(byte) 0xff, (byte) 0xd8,
            (byte) 0xff, (byte) 0xe0}));
        assertTrue(DeathDocuments.mediaType("MZ executable".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(DeathDocuments.mediaType(new byte[] {'%', 'P'}).isEmpty());
    }
}
