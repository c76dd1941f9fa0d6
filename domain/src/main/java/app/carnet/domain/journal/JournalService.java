package app.carnet.domain.journal;

import app.carnet.domain.client.ClientRepository;
import app.carnet.domain.shared.Principals;
import app.carnet.domain.staff.StaffRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The access journal as the practitioner browses and verifies it, and as a client sees their own part. */
@Stateless
@RolesAllowed("OWNER")
public class JournalService {

    @Inject
    JournalRepository journal;
    @Inject
    StaffRepository staff;
    @Inject
    ClientRepository clients;
    @Inject
    SecurityContext security;

    @RolesAllowed("OWNER")
    public List<JournalLine> search(JournalFilter filter, int first, int max) {
        return lines(journal.search(filter, first, max), true);
    }

    @RolesAllowed("OWNER")
    public long count(JournalFilter filter) {
        return journal.count(filter);
    }

    /** Walks the whole chain from the first entry; reports the first entry that does not follow. */
    @RolesAllowed("OWNER")
    public JournalChain.Report verify() {
        var walker = new JournalChain.Walker();
        long after = 0;
        List<JournalEntry> batch;
        do {
            batch = journal.after(after);
            for (JournalEntry e : batch) {
                if (!walker.next(e.getSeq(), e.getAt(), e.getActor(), e.getClientId(), e.getAction().name(),
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
        return lines(journal.search(new JournalFilter(me, null, null, null), first, max), false);
    }

    @RolesAllowed("CLIENT")
    public long myFileCount() {
        long me = Principals.clientId(security.getCallerPrincipal().getName());
        return journal.count(new JournalFilter(me, null, null, null));
    }

    private List<JournalLine> lines(List<JournalEntry> entries, boolean withClientNames) {
        Map<String, String[]> actors = new HashMap<>();
        Map<Long, String> clientNames = new HashMap<>();
        return entries.stream().map(e -> {
            String[] actor = actors.computeIfAbsent(e.getActor(), this::describeActor);
            String client = withClientNames ? clientNames.computeIfAbsent(e.getClientId(), this::clientName) : null;
            return new JournalLine(e.getSeq(), e.getAt(), actor[0], actor[1], e.getClientId(), client, e.getAction(),
                    e.getPurpose());
        }).toList();
    }

    /** Name and role of a staff member, from the principal name kept in the journal. */
    private String[] describeActor(String principal) {
        return staff.findById(Principals.staffId(principal))
                .map(m -> new String[] {m.getFirstName() + " " + m.getLastName(), m.getRole().name()})
                .orElse(new String[] {"—", ""});
    }

    private String clientName(long id) {
        return clients.findById(id).map(c -> c.getLastName() + " " + c.getFirstName()).orElse("—");
    }
}
