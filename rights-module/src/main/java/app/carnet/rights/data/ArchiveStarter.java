package app.carnet.rights.data;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts making an archive once the request that asked for it has committed, off the client's request. */
@ApplicationScoped
class ArchiveStarter {

    @Inject
    ArchivePreparer preparer;
    @Resource
    ManagedExecutorService executor;

    void onAsked(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArchiveAsked asked) {
        executor.execute(() -> preparer.prepare(asked.archiveId()));
    }
}
