package app.carnet.rights.data;

import app.carnet.domain.client.ClientService;
import app.carnet.domain.client.ClientSummary;
import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.ClientExport.Scope;
import app.carnet.domain.privacy.PersonalDataHolder;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.FileAccessed;
import app.carnet.domain.shared.FileAction;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.rights.erasure.Erasure;
import app.carnet.rights.erasure.ErasurePlan;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The rights over one client's data, through every module's {@link PersonalDataHolder}: what Carnet holds, the
 * archive of it (access and portability), and its erasure once the relationship has ended. Each is journaled.
 */
@Stateless
@RolesAllowed("OWNER")
public class ClientDataService {

    @Inject
    Archives archives;
    @Inject
    Erasure erasure;
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
     * Erases the client's data once the relationship has ended, through {@link Erasure}: exactly what no hold keeps.
     *
     * @return what was erased and what was kept, and why
     * @throws BusinessException {@code rights.erase.notEnded} while the relationship goes on
     */
    public ErasurePlan erase(long clientId) {
        if (file(clientId).endedOn() == null) {
            throw new BusinessException("rights.erase.notEnded");
        }
        var plan = erasure.carryOut(clientId);
        accessed.fire(new FileAccessed(clientId, FileAction.DATA_ERASED));
        return plan;
    }

    private ClientSummary file(long clientId) {
        return clients.summaries(List.of(clientId)).stream().findFirst().orElseThrow(NotFoundException::new);
    }

    private ClientExport collect(long clientId) {
        return archives.collect(clientId);
    }
}
