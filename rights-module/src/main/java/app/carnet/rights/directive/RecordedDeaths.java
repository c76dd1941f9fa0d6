package app.carnet.rights.directive;

import app.carnet.rights.objection.DeathRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The deaths recorded here, for the restrictions every email goes through: nothing goes to a deceased's address. */
@ApplicationScoped
public class RecordedDeaths implements DeathRecords {

    @Inject
    DirectiveRepository repository;

    @Override
    public boolean recorded(long clientId) {
        return repository.deathRecorded(clientId);
    }
}
