package app.carnet.domain.advice;

import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.KeptData;
import app.carnet.domain.privacy.PersonalDataHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/** The personal-data contract for the advice written for a client (templates hold nobody's data). */
@ApplicationScoped
public class AdviceData implements PersonalDataHolder {

    @Inject
    AdviceRepository advice;

    @Override
    public Set<String> tables() {
        return Set.of("advice");
    }

    @Override
    public void export(long clientId, ClientExport export) {
        // The practitioner's advice: in the access archive only (art. 15).
        export.add("advice", advice.findByClient(clientId).stream().map(Advice::view).toList());
    }

    @Override
    public List<KeptData> erase(long clientId) {
        advice.findByClient(clientId).forEach(advice::delete);
        return List.of();
    }
}
