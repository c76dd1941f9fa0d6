package app.carnet.rights.data;

import app.carnet.domain.privacy.ClientExport.Scope;
import app.carnet.domain.shared.FileAccessed;
import app.carnet.domain.shared.Principals;
import app.carnet.rights.request.RequestType;
import app.carnet.rights.request.RightExercised;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;

/**
 * The logged-in client's own archives, in the portal: the access archive (GDPR art. 15: everything, the access
 * journal included) and the portability archive (art. 20: what they provided), downloaded themselves, at any time,
 * free (art. 12(5); law.md C-R3). Each download is written in the access journal and in the register of requests,
 * answered at once.
 */
@Stateless
@RolesAllowed("CLIENT")
public class PortalData {

    @Inject
    Archives archives;
    @Inject
    SecurityContext security;
    @Inject
    Event<FileAccessed> accessed;
    @Inject
    Event<RightExercised> exercised;
    @Inject
    Clock clock;

    /** The name the archive is downloaded under. */
    public String fileName(Scope scope) {
        return Archives.fileName(scope, clock.instant());
    }

    /** Writes the client's archive of {@code scope} into {@code out} as it goes; journals it once written. */
    public void archive(Scope scope, OutputStream out) {
        long me = Principals.clientId(security.getCallerPrincipal().getName());
        Instant now = clock.instant();
        archives.write(me, scope, archives.collect(me), now, out, step -> {
        });
        accessed.fire(new FileAccessed(me, scope == Scope.ACCESS ? ExportAction.ACCESS_ARCHIVE_DOWNLOADED
                : ExportAction.PORTABILITY_ARCHIVE_DOWNLOADED));
        exercised.fire(new RightExercised(me, scope == Scope.ACCESS ? RequestType.ACCESS : RequestType.PORTABILITY,
                scope == Scope.ACCESS ? "Archive d'accès téléchargée dans le portail"
                        : "Archive de portabilité téléchargée dans le portail",
                now, now));
    }
}
