package app.carnet.rights.data;

import app.carnet.domain.client.ClientService;
import app.carnet.domain.client.ClientSummary;
import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.ClientExport.Scope;
import app.carnet.domain.privacy.KeptData;
import app.carnet.domain.privacy.PersonalDataHolder;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.FileAccessed;
import app.carnet.domain.shared.FileAction;
import app.carnet.domain.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rights over one client's data, through every module's {@link PersonalDataHolder}: what Carnet holds, the
 * archive of it (access and portability), and its erasure once the relationship has ended. Each is journaled.
 */
@Stateless
@RolesAllowed("OWNER")
public class ClientDataService {

    @Inject
    Instance<PersonalDataHolder> holders;
    @Inject
    Archives archives;
    @Inject
    ClientService clients;
    @Inject
    Event<FileAccessed> accessed;
    @Inject
    Clock clock;

    /** What each module holds about the client, section by section, without reading the files. */
    public List<Holding> inventory(long clientId) {
        file(clientId);
        var export = collect(clientId);
        accessed.fire(new FileAccessed(clientId, FileAction.DATA_LISTED));
        var lines = new ArrayList<Holding>();
        export.sections().forEach((section, records) -> lines.add(new Holding(section, records.size())));
        if (!export.files().isEmpty()) {
            lines.add(new Holding("files", export.files().size()));
        }
        return lines;
    }

    /**
     * Writes everything Carnet holds about the client into {@code out}, as the access archive ({@link ExportArchive};
     * GDPR art. 15), for the practitioner to send to a client who asked by email or letter.
     *
     * @throws NotFoundException before anything is written, when the caller may not see this client
     */
    public void export(long clientId, OutputStream out) {
        file(clientId);
        archives.write(clientId, Scope.ACCESS, collect(clientId), clock.instant(), out, step -> {
        });
        accessed.fire(new FileAccessed(clientId, FileAction.DATA_EXPORTED));
    }

    /**
     * Erases the client's data in every module, the file last; keeps only what an obligation requires.
     *
     * @return what was kept, and why
     * @throws BusinessException {@code rights.erase.notEnded} while the relationship goes on
     */
    public List<KeptData> erase(long clientId) {
        if (file(clientId).endedOn() == null) {
            throw new BusinessException("rights.erase.notEnded");
        }
        var kept = new ArrayList<KeptData>();
        holders.stream().sorted(Comparator.comparing(PersonalDataHolder::holdsTheFile))
                .forEach(holder -> kept.addAll(holder.erase(clientId)));
        accessed.fire(new FileAccessed(clientId, FileAction.DATA_ERASED));
        return kept;
    }

    private ClientSummary file(long clientId) {
        return clients.summaries(List.of(clientId)).stream().findFirst().orElseThrow(NotFoundException::new);
    }

    private ClientExport collect(long clientId) {
        return archives.collect(clientId);
    }
}
