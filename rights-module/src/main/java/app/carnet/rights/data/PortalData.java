package app.carnet.rights.data;

import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.ClientExport.Scope;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.FileAccessed;
import app.carnet.domain.shared.Principals;
import app.carnet.rights.request.RightExercised;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The logged-in client's own archives, in the portal: the access archive (GDPR art. 15: everything, the access
 * journal included) and the portability archive (art. 20: what they provided), downloaded themselves, at any time,
 * free (art. 12(5); law.md C-R3). Each download is written in the access journal and in the register of requests,
 * answered at once.
 * <p>
 * An archive of {@code carnet.rights.export.background-bytes} or more is made in the background instead
 * ({@link ArchivePreparer}): the page shows its progress, then offers it for {@code carnet.rights.export.keep-days}
 * days; each download of it is journaled too.
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
    Event<ArchiveAsked> asked;
    @Inject
    PreparedArchiveRepository prepared;
    @Inject
    ArchiveSteps steps;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "carnet.rights.export.background-bytes")
    long backgroundBytes;

    /** The name the archive is downloaded under. */
    public String fileName(Scope scope) {
        return Archives.fileName(scope, clock.instant());
    }

    /** Writes the client's archive of {@code scope} into {@code out} as it goes; journals it once written. */
    public void archive(Scope scope, OutputStream out) {
        long me = me();
        Instant now = clock.instant();
        archives.write(me, scope, archives.collect(me), now, out, step -> {
        });
        accessed.fire(new FileAccessed(me, ExportAction.downloaded(scope)));
        exercised.fire(new RightExercised(me, Archives.right(scope), Archives.summary(scope, "téléchargée"), now,
                now));
    }

    /** Both archives as the page offers them: at once, or made in the background, with where that stands. */
    public List<ArchiveOffer> offers() {
        long me = me();
        ClientExport export = archives.collect(me);
        List<PreparedArchive> mine = prepared.forClient(me);
        Instant now = clock.instant();
        return List.of(Scope.ACCESS, Scope.PORTABILITY).stream().map(scope -> {
            long bytes = export.estimatedBytes(scope);
            return new ArchiveOffer(scope, bytes, bytes >= backgroundBytes, latest(mine, scope, now).orElse(null));
        }).toList();
    }

    /** Where the making of the client's latest archive of {@code scope} stands, for the page's progress bar. */
    public Optional<ArchivePreparation> preparation(Scope scope) {
        return latest(prepared.forClient(me()), scope, clock.instant());
    }

    /**
     * Starts making the client's archive of {@code scope} in the background, once this commits; their earlier one
     * of that scope goes. Journaled as read when it is downloaded.
     *
     * @throws BusinessException {@code rights.export.preparing} when one is already being made
     */
    public ArchivePreparation prepare(Scope scope) {
        long me = me();
        Instant now = clock.instant();
        for (PreparedArchive earlier : prepared.forClient(me)) {
            if (earlier.getScope() == scope) {
                if (earlier.preparing(now)) {
                    throw new BusinessException("rights.export.preparing");
                }
                prepared.delete(earlier.getId());
            }
        }
        var archive = new PreparedArchive(me, scope, now);
        prepared.save(archive);
        asked.fire(new ArchiveAsked(archive.getId()));
        return archive.view(now);
    }

    /** The name an archive made in the background is downloaded under, when it is the client's and still offered. */
    public Optional<String> preparedFileName(long archiveId) {
        Instant now = clock.instant();
        return prepared.find(archiveId).filter(a -> a.getClientId() == me() && a.downloadable(now))
                .map(a -> Archives.fileName(a.getScope(), a.getAskedAt()));
    }

    /**
     * Writes the client's archive made in the background into {@code out}, part by part; journaled. It runs outside
     * any transaction: each part is read on its own, so that a slow download holds no database connection while it
     * is sent.
     *
     * @return false, writing nothing, when it is not theirs or no longer offered
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean writePrepared(long archiveId, OutputStream out) {
        long me = me();
        var archive = prepared.find(archiveId).filter(a -> a.getClientId() == me && a.downloadable(clock.instant()));
        if (archive.isEmpty()) {
            return false;
        }
        try {
            for (long part : prepared.partIds(archiveId)) {
                out.write(prepared.partContent(part));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        steps.downloaded(me, archive.get().getScope());
        return true;
    }

    private static Optional<ArchivePreparation> latest(List<PreparedArchive> archives, Scope scope, Instant now) {
        return archives.stream().filter(a -> a.getScope() == scope).findFirst().map(a -> a.view(now));
    }

    private long me() {
        return Principals.clientId(security.getCallerPrincipal().getName());
    }
}
