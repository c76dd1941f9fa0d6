package app.carnet.rights.objection;

import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.KeptData;
import app.carnet.domain.privacy.PersonalDataHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * The personal-data contract for objections and limitations: each turn of a switch and each limitation, exported;
 * erased with the client (nothing kept: once the data is gone there is nothing left to restrict).
 */
@ApplicationScoped
public class RestrictionData implements PersonalDataHolder {

    @Inject
    RestrictionRepository restrictions;

    @Override
    public Set<String> tables() {
        return Set.of("rights_objection_change", "rights_limitation");
    }

    @Override
    public void export(long clientId, ClientExport export) {
        export.add("objections", restrictions.changes(clientId).stream().map(ObjectionChange::line).toList());
        export.add("limitations", restrictions.limitations(clientId).stream().map(Limitation::view).toList());
    }

    @Override
    public List<KeptData> erase(long clientId) {
        restrictions.forget(clientId);
        return List.of();
    }
}
