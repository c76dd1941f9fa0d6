package app.carnet.domain.client;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Fills the search indexes of client files that predate them (at start, after the schema migration): a batch
 * per call, in its own transaction, so that a large practice does not hold one long transaction.
 */
@Stateless
@PermitAll
public class ClientIndexes {

    static final int BATCH = 200;

    @Inject
    ClientRepository clients;

    /** @return how many files were indexed; 0 once every file is */
    public int indexNextBatch() {
        var batch = clients.findWithoutNamePrefix(BATCH);
        batch.forEach(Client::reindexNames);
        return batch.size();
    }
}
