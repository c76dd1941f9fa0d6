package app.carnet.rights.data;

import app.carnet.domain.client.Clients;
import app.carnet.domain.mail.EmailText;
import app.carnet.domain.mail.Outbox;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.shared.Dates;
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
 * emailed and the register answered) or failed (its parts deleted). Called by {@link ArchivePreparer} only.
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
    Clock clock;
    @Inject
    @ConfigProperty(name = "carnet.rights.export.keep-days")
    int keepDays;

    public void start(long archiveId, int steps) {
        archives.find(archiveId).ifPresent(a -> a.start(steps, clock.instant()));
    }

    public void progress(long archiveId, int done) {
        archives.find(archiveId).ifPresent(a -> a.progress(done, clock.instant()));
    }

    public void part(long archiveId, int number, byte[] content) {
        archives.savePart(new ArchivePart(archiveId, number, content));
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
