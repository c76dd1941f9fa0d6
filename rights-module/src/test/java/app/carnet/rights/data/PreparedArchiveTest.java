package app.carnet.rights.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.privacy.ClientExport.Scope;
import app.carnet.rights.data.ArchivePreparation.Stage;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Where an archive made in the background stands: its progress, cut off by a restart, offered until it expires. */
class PreparedArchiveTest {

    private static final Instant ASKED = Instant.parse("2026-12-04T09:00:00Z");

    @Test
    void making_shouldReportItsProgress() throws Exception {
        var archive = saved(new PreparedArchive(7, Scope.ACCESS, ASKED));
        assertEquals(Stage.PREPARING, archive.view(ASKED).stage());
        assertEquals(0, archive.view(ASKED).percent());
        archive.start(8, ASKED.plusSeconds(1));
        archive.progress(6, ASKED.plusSeconds(2));
        assertEquals(75, archive.view(ASKED.plusSeconds(2)).percent());
        archive.progress(9, ASKED.plusSeconds(3));
        assertEquals(100, archive.view(ASKED.plusSeconds(3)).percent(), "never more than every step");
        assertFalse(archive.downloadable(ASKED.plusSeconds(3)), "not before it is whole");
    }

    @Test
    void making_thatStoppedMoving_shouldBeCutOff() throws Exception {
        var archive = saved(new PreparedArchive(7, Scope.PORTABILITY, ASKED));
        archive.progress(1, ASKED.plusSeconds(10));
        Instant later = ASKED.plusSeconds(10).plus(PreparedArchive.STALE_AFTER);
        assertTrue(archive.preparing(later.minusMillis(1)));
        assertFalse(archive.preparing(later), "a restart left it: the client may ask again");
        assertEquals(Stage.FAILED, archive.view(later).stage());
    }

    @Test
    void readyArchive_shouldBeOfferedUntilItExpires() throws Exception {
        var archive = saved(new PreparedArchive(7, Scope.ACCESS, ASKED));
        Instant ready = ASKED.plusSeconds(30);
        archive.ready(12_345, ready, Duration.ofDays(7));
        var view = archive.view(ready);
        assertEquals(Stage.READY, view.stage());
        assertEquals(12_345, view.sizeBytes());
        assertEquals(ready.plus(Duration.ofDays(7)), view.expiresAt());
        assertTrue(archive.downloadable(ready.plus(Duration.ofDays(7)).minusMillis(1)));
        assertFalse(archive.downloadable(ready.plus(Duration.ofDays(7))));
        assertEquals(Stage.EXPIRED, archive.view(ready.plus(Duration.ofDays(7))).stage());
        assertFalse(archive.preparing(ready), "ready is not being made, however old");
    }

    @Test
    void failedMaking_shouldBeNeitherOfferedNorPreparing() throws Exception {
        var archive = saved(new PreparedArchive(7, Scope.ACCESS, ASKED));
        archive.failed(ASKED.plusSeconds(1));
        assertEquals(Stage.FAILED, archive.view(ASKED.plusSeconds(1)).stage());
        assertFalse(archive.downloadable(ASKED.plusSeconds(1)));
    }

    private static PreparedArchive saved(PreparedArchive archive) throws Exception {
        var id = PreparedArchive.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(archive, 41L);
        return archive;
    }
}
