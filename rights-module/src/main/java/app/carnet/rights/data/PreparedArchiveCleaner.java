package app.carnet.rights.data;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Which archives made in the background have ended (expired, failed, or cut off by a restart), and their deletion,
 * each in its own transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PreparedArchiveCleaner {

    @Inject
    PreparedArchiveRepository archives;
    @Inject
    Clock clock;

    public List<Long> ended() {
        Instant now = clock.instant();
        return archives.ended(now, now.minus(PreparedArchive.STALE_AFTER));
    }

    public void delete(long archiveId) {
        archives.delete(archiveId);
    }
}
