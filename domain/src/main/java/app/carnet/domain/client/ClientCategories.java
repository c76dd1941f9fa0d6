package app.carnet.domain.client;

import app.carnet.domain.privacy.CategoryDropped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Client files lose the fields of a category the practice no longer keeps, in the practitioner's transaction. */
@ApplicationScoped
class ClientCategories {

    private static final Logger LOG = Logger.getLogger(ClientCategories.class.getName());

    @Inject
    ClientRepository clients;

    void onDropped(@Observes CategoryDropped dropped) {
        int files = clients.eraseCategory(dropped.category());
        LOG.info(() -> "Category " + dropped.category() + " no longer kept: erased from " + files + " client files");
    }
}
