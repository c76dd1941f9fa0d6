package app.carnet.domain.client;

import app.carnet.domain.privacy.CategoryDropped;
import app.carnet.domain.shared.FileAccessed;
import app.carnet.domain.shared.FileAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Client files lose the fields of a category the practice no longer keeps, in the practitioner's transaction; but not
 * the file of a client whose data is limited, which is only stored (GDPR art. 18(2): they may need it for a claim).
 */
@ApplicationScoped
class ClientCategories {

    private static final Logger LOG = Logger.getLogger(ClientCategories.class.getName());

    @Inject
    ClientRepository clients;
    @Inject
    Event<FileAccessed> accessed;
    @Inject
    app.carnet.domain.restriction.Limitations limitations;

    /** Each file that held some of the category gets its line in the access journal. */
    void onDropped(@Observes CategoryDropped dropped) {
        var files = clients.eraseCategory(dropped.category(), limitations::limited);
        files.forEach(id -> accessed.fire(new FileAccessed(id, FileAction.CATEGORY_ERASED)));
        LOG.info(() -> "Category " + dropped.category() + " no longer kept: erased from " + files.size()
                + " client files");
    }
}
