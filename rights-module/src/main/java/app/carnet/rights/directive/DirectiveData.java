package app.carnet.rights.directive;

import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.KeptData;
import app.carnet.domain.privacy.PersonalDataHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * The personal-data contract for directives after death: every version of the directives, the recorded death (not
 * its document's content, nor the designee's archive) and the heirs' requests.
 */
@ApplicationScoped
public class DirectiveData implements PersonalDataHolder {

    @Inject
    DirectiveRepository repository;

    @Override
    public Set<String> tables() {
        return Set.of("directive_version", "client_death", "heirs_request");
    }

    @Override
    public void export(long clientId, ClientExport export) {
        export.add("directives", repository.versions(clientId).stream().map(DirectiveVersion::view).toList());
        export.add("death", repository.death(clientId).map(DeathRecord::view).stream().toList());
        export.add("heirsRequests", repository.heirsRequests(clientId).stream().map(HeirsRequest::view).toList());
    }

    @Override
    public List<KeptData> erase(long clientId) {
        repository.heirsRequests(clientId).forEach(repository::delete);
        repository.death(clientId).ifPresent(repository::delete);
        repository.versions(clientId).forEach(repository::delete);
        return List.of();
    }
}
