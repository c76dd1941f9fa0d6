package app.carnet.domain.journal;

import app.carnet.domain.shared.FileAccessed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Writes every {@link FileAccessed} into the journal, in the transaction of the access itself: the read
 * or the change and its entry are committed together or not at all.
 */
@ApplicationScoped
public class AccessJournal {

    @Inject
    JournalRepository journal;
    @Inject
    SecurityContext security;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    void record(@Observes FileAccessed access) {
        JournalHead head = journal.lockHead();
        var entry = new JournalEntry(head.getLastSeq() + 1, clock.instant().truncatedTo(ChronoUnit.MICROS),
                security.getCallerPrincipal().getName(), access.clientId(), access.action(), head.getLastHash());
        journal.append(entry);
        head.advance(entry);
    }
}
