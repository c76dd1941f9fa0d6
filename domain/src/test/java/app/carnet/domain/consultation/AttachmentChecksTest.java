package app.carnet.domain.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttachmentChecksTest {

    @Test
    void fileType_shouldBeRecognisedByTheFirstBytesOnly() {
        assertEquals(Optional.of(FileType.PDF), FileType.of("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(FileType.PNG),
                FileType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}));
        assertEquals(Optional.of(FileType.JPEG), FileType.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0x10}));
        assertTrue(FileType.of("MZ\u0090 an executable named .pdf".getBytes(StandardCharsets.ISO_8859_1)).isEmpty());
        assertTrue(FileType.of("<svg onload=alert(1)>".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(FileType.of(new byte[] {'%', 'P'}).isEmpty(), "too short to tell");
    }

    @Test
    void fileName_shouldLoseItsFoldersAndControlsAndKeepTheRightExtension() {
        assertEquals("bilan.pdf", ConsultationService.fileName("C:\\Users\\claire\\bilan.pdf", FileType.PDF));
        assertEquals("bilan.pdf", ConsultationService.fileName("../../etc/bilan", FileType.PDF));
        assertEquals("photo.jpeg", ConsultationService.fileName("photo.jpeg", FileType.JPEG));
        assertEquals("scan.png.pdf", ConsultationService.fileName("scan.png", FileType.PDF), "the content decides");
        assertEquals("document.png", ConsultationService.fileName("  ", FileType.PNG));
        assertEquals("ab.pdf", ConsultationService.fileName("a\u0000b\n.pdf".replace(".pdf", ""), FileType.PDF));
        assertEquals(120 + 4, ConsultationService.fileName("x".repeat(300), FileType.PDF).length());
    }
}
