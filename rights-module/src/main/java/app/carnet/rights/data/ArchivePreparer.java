package app.carnet.rights.data;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes an archive asked in the portal, off the client's request ({@link ArchiveStarter}, a few at a time): reads
 * what every holder has (in this transaction), writes the archive as {@link ExportArchive} does for a download, cut
 * into sealed parts that {@link ArchiveSteps} writes one by one, each a sign of life, and reports its progress at most
 * every half second. A failure deletes what was written; an archive deleted while it is made (by the client asking
 * again after a restart, or by the timer) stops it; a restart leaves it stale, and the page lets the client ask again.
 */
@Stateless
@PermitAll
public class ArchivePreparer {

    private static final Logger LOG = Logger.getLogger(ArchivePreparer.class.getName());
    private static final Duration REPORT_EVERY = Duration.ofMillis(500);

    @Inject
    PreparedArchiveRepository prepared;
    @Inject
    Archives archives;
    @Inject
    ArchiveSteps steps;
    @Inject
    Clock clock;

    public void prepare(long archiveId) {
        if (!steps.begin(archiveId)) {
            return; // deleted or cut off while it waited its turn
        }
        var archive = prepared.find(archiveId).orElseThrow();
        try {
            var export = archives.collect(archive.getClientId());
            steps.start(archiveId, ExportArchive.steps(export, archive.getScope()));
            var out = new ArchiveParts(ArchivePart.SIZE, (number, content) -> steps.part(archiveId, number, content));
            var reported = new Instant[] {clock.instant()};
            archives.write(archive.getClientId(), archive.getScope(), export, archive.getAskedAt(), out, done -> {
                Instant now = clock.instant();
                if (Duration.between(reported[0], now).compareTo(REPORT_EVERY) >= 0) {
                    steps.progress(archiveId, done);
                    reported[0] = now;
                }
            });
            out.close();
            steps.ready(archiveId, out.size());
        } catch (ArchiveParts.Gone e) {
            LOG.log(Level.INFO, "Archive {0} was deleted while it was made; stopped", archiveId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Archive {0} not made ({1}); its parts are deleted",
                    new Object[] {archiveId, e.getClass().getSimpleName()});
            steps.failed(archiveId);
        }
    }
}
