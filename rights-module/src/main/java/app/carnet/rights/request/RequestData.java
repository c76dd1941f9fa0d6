package app.carnet.rights.request;

import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.KeptData;
import app.carnet.domain.privacy.PersonalDataHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The personal-data contract for the register: the client's requests with their answers, and their history. */
@ApplicationScoped
public class RequestData implements PersonalDataHolder {

    @Inject
    RequestRepository requests;
    @Inject
    java.time.Clock clock;

    @Override
    public Set<String> tables() {
        return Set.of("rights_request", "rights_request_event");
    }

    @Override
    public void export(long clientId, ClientExport export) {
        LocalDate today = app.carnet.domain.shared.Dates.today(clock);
        var mine = requests.ofClient(clientId);
        export.add("rightsRequests", mine.stream().map(r -> r.portalLine(today)).toList());
        export.add("rightsRequestEvents", mine.stream().flatMap(r -> requests.events(r.getId()).stream())
                .map(RequestEvent::line).toList());
    }

    @Override
    public List<KeptData> erase(long clientId) {
        requests.ofClient(clientId).forEach(requests::delete);
        return List.of();
    }
}
