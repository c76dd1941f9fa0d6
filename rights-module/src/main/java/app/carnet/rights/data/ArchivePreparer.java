package app.carnet.rights.data;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes an archive asked in the portal, off the client's request ({@link ArchiveStarter}): reads what every holder
 * has (in this transaction), writes the archive as {@link ExportArchive} does for a download, cut into sealed parts
 * that {@link ArchiveSteps} writes one by one, and reports its progress at most every half second. A failure deletes
 * what was written; a restart leaves it stale, and the page lets the client ask again.
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
        var archive = prepared.find(archiveId).orElse(null);
        if (archive == null || !archive.preparing(clock.instant())) {
            return;
        }
        try {
            var export = archives.collect(archive.getClientId());
            steps.start(archiveId, ExportArchive.steps(export, archive.getScope()));
            var out = new Parts(archiveId);
            var reported = new Instant[] {clock.instant()};
            archives.write(archive.getClientId(), archive.getScope(), export, archive.getAskedAt(), out, done -> {
                Instant now = clock.instant();
                if (Duration.between(reported[0], now).compareTo(REPORT_EVERY) >= 0) {
                    steps.progress(archiveId, done);
                    reported[0] = now;
                }
            });
            out.close();
            steps.ready(archiveId, out.size);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Archive {0} not made ({1}); its parts are deleted",
                    new Object[] {archiveId, e.getClass().getSimpleName()});
            steps.failed(archiveId);
        }
    }

    /** The archive's bytes, cut into parts of {@link ArchivePart#SIZE}, each written as soon as it is full. */
    private final class Parts extends OutputStream {

        private final long archiveId;
        private final byte[] buffer = new byte[ArchivePart.SIZE];
        private int filled;
        private int number;
        private long size;

        Parts(long archiveId) {
            this.archiveId = archiveId;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            int at = offset;
            int left = length;
            while (left > 0) {
                int taken = Math.min(left, buffer.length - filled);
                System.arraycopy(bytes, at, buffer, filled, taken);
                filled += taken;
                at += taken;
                left -= taken;
                size += taken;
                if (filled == buffer.length) {
                    writePart();
                }
            }
        }

        @Override
        public void close() {
            if (filled > 0 || number == 0) {
                writePart();
            }
        }

        private void writePart() {
            steps.part(archiveId, number++, Arrays.copyOf(buffer, filled));
            filled = 0;
        }
    }
}
