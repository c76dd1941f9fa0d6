package app.carnet.domain.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.carnet.domain.privacy.ClientExport.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How large each archive is about to be: its files' sizes and a kilobyte a record, what the portal decides by. */
class ClientExportTest {

    @Test
    void estimatedBytes_shouldCountEachArchivesFilesAndRecords() {
        var export = new ClientExport();
        export.provided("file", List.of("identité"));
        export.add("consultations", List.of("une", "deux"));
        export.file("pieces-jointes", "bilan.pdf", 5_000_000, () -> new byte[0]);
        export.providedFile("documents", "ordonnance.png", 200_000, () -> new byte[0]);

        assertEquals(5_000_000 + 200_000 + 3 * 1024, export.estimatedBytes(Scope.ACCESS));
        assertEquals(200_000 + 1024, export.estimatedBytes(Scope.PORTABILITY));
    }
}
