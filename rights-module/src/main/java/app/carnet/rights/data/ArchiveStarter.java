package app.carnet.rights.data;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Starts making an archive once the request that asked for it has committed, off the client's request, at most
 * {@value #AT_ONCE} at a time ({@link Turns}): a making holds a database connection while it reads the client's
 * file, and many clients asking at once must not take the pool from everyone else. One waiting its turn for more
 * than {@link PreparedArchive#STALE_AFTER} counts as cut off, and the client asks again.
 */
@ApplicationScoped
class ArchiveStarter {

    /** How many archives are made at once; the others wait their turn. */
    static final int AT_ONCE = 2;

    @Inject
    ArchivePreparer preparer;
    @Resource
    ManagedExecutorService executor;

    private @Nullable Turns turns;

    @PostConstruct
    void turns() {
        turns = new Turns(AT_ONCE, executor);
    }

    void onAsked(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArchiveAsked asked) {
        Objects.requireNonNull(turns).add(() -> preparer.prepare(asked.archiveId()));
    }
}
