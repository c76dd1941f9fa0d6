package app.carnet.rights.data;

import app.carnet.domain.client.Clients;
import app.carnet.domain.mail.EmailText;
import app.carnet.domain.mail.Outbox;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.shared.Dates;
import app.carnet.domain.shared.FileAccessed;
import app.carnet.domain.shared.Pages;
import app.carnet.rights.request.RightExercised;
import app.carnet.rights.request.RightsEmails;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The steps of making an archive in the background, each in a transaction of its own so that the page sees the
 * progress and a part, once written, stays: the start, the progress, each sealed part, then ready (the client is
 * emailed and the register answered) or failed (its parts deleted); and each download's line in the access journal,
 * for {@link PortalData}, which reads the parts outside any transaction. Called by those two only.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ArchiveSteps {

    @Inject
    PreparedArchiveRepository archives;
    @Inject
    Clients clients;
    @Inject
    Outbox outbox;
    @Inject
    PracticeService practice;
    @Inject
    Pages pages;
    @Inject
    Event<RightExercised> exercised;
    @Inject
    Event<FileAccessed> accessed;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "carnet.rights.export.keep-days")
    int keepDays;

    /**
     * The making begins (it waited its turn): a sign of life.
     *
     * @return false when the archive is gone or was cut off meanwhile: nothing is to be made
     */
    public boolean begin(long archiveId) {
        Instant now = clock.instant();
        return archives.findForUpdate(archiveId).filter(a -> a.preparing(now)).map(a -> {
            a.touch(now);
            return true;
        }).orElse(false);
    }

    public void start(long archiveId, int steps) {
        archives.find(archiveId).ifPresent(a -> a.start(steps, clock.instant()));
    }

    public void progress(long archiveId, int done) {
        archives.find(archiveId).ifPresent(a -> a.progress(done, clock.instant()));
    }

    /**
     * Writes one sealed part, a sign of life. The archive's row is locked first, so that a deletion either sees the
     * part or comes before it.
     *
     * @return false, writing nothing, when the archive was deleted or is no longer being made
     */
    public boolean part(long archiveId, int number, byte[] content) {
        Instant now = clock.instant();
        var archive = archives.findForUpdate(archiveId).filter(a -> a.preparing(now));
        archive.ifPresent(a -> {
            archives.savePart(new ArchivePart(archiveId, number, content));
            a.touch(now);
        });
        return archive.isPresent();
    }

    /** A download of the client's archive of {@code scope} made in the background, in the access journal. */
    public void downloaded(long clientId, ClientExport.Scope scope) {
        accessed.fire(new FileAccessed(clientId, ExportAction.downloaded(scope)));
    }

    /** The archive is whole: offered for {@code carnet.rights.export.keep-days} days, the client told by email. */
    public void ready(long archiveId, long size) {
        archives.findForUpdate(archiveId).ifPresent(a -> {
            Instant now = clock.instant();
            Duration keptFor = Duration.ofDays(keepDays);
            a.ready(size, now, keptFor);
            clients.contact(a.getClientId()).ifPresent(c -> {
                Locale locale = Locale.forLanguageTag(c.language());
                outbox.queueForClient(a.getClientId(), c.email(), c.language(), RightsEmails.ARCHIVE_READY,
                        c.firstName(), practice.displayName(),
                        new EmailText("rights.archive." + a.getScope().name()),
                        Dates.dateTime(now.plus(keptFor), locale),
                        pages.address("/portail/mes-droits.xhtml"));
            });
            exercised.fire(new RightExercised(a.getClientId(), Archives.right(a.getScope()),
                    Archives.summary(a.getScope(), "préparée"), a.getAskedAt(), now));
        });
    }

    /** The making failed: what was written of it goes, and the client may ask again. */
    public void failed(long archiveId) {
        archives.findForUpdate(archiveId).ifPresent(a -> {
            archives.deleteParts(archiveId);
            a.failed(clock.instant());
        });
    }
}
