package app.carnet.domain.journal;

import app.carnet.domain.security.HashChain;
import app.carnet.domain.shared.Principals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/** The access journal as the practitioner browses and verifies it, and as a client sees their own part. */
@Stateless
@RolesAllowed("OWNER")
public class JournalService {

    @Inject
    JournalRepository journal;
    @Inject
    JournalLines lines;
    @Inject
    SecurityContext security;

    @RolesAllowed("OWNER")
    public List<JournalLine> search(JournalFilter filter, int first, int max) {
        return lines.of(journal.search(filter, first, max), true);
    }

    @RolesAllowed("OWNER")
    public long count(JournalFilter filter) {
        return journal.count(filter);
    }

    /** Walks the whole chain from the first entry; reports the first entry that does not follow. */
    @RolesAllowed("OWNER")
    public HashChain.Report verify() {
        var walker = new JournalChain.Walker();
        long after = 0;
        List<JournalEntry> batch;
        do {
            batch = journal.after(after);
            for (JournalEntry e : batch) {
                if (!walker.next(e.getSeq(), e.getAt(), e.getActor(), e.getClientId(), e.getAction(),
                        e.getPurpose(), e.getChainHash())) {
                    return walker.end(-1, new byte[0]);
                }
                after = e.getSeq();
            }
            journal.clear(); // the journal can be long: one batch in memory at a time
        } while (!batch.isEmpty());
        JournalHead head = journal.head();
        return walker.end(head.getLastSeq(), head.getLastHash());
    }

    /** Who accessed the calling client's file, and when: the portal's "accesses" page. */
    @RolesAllowed("CLIENT")
    public List<JournalLine> myFile(int first, int max) {
        long me = Principals.clientId(security.getCallerPrincipal().getName());
        return lines.of(journal.search(new JournalFilter(me, null, null, null), first, max), false);
    }

    @RolesAllowed("CLIENT")
    public long myFileCount() {
        long me = Principals.clientId(security.getCallerPrincipal().getName());
        return journal.count(new JournalFilter(me, null, null, null));
    }
}
