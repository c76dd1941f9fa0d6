package app.carnet.domain.journal;

import app.carnet.domain.client.ClientContact;
import app.carnet.domain.client.Clients;
import app.carnet.domain.shared.Principals;
import app.carnet.domain.staff.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Journal entries as people read them: who (name and role), and for the practitioner, whose file. */
@ApplicationScoped
class JournalLines {

    @Inject
    StaffDirectory staff;
    @Inject
    Clients clients;

    List<JournalLine> of(List<JournalEntry> entries, boolean withClientNames) {
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
        if (!Principals.isStaff(principal)) { // the client themselves (an archive downloaded in the portal)
            return new String[] {clientName(Principals.clientId(principal)), "CLIENT"};
        }
        return staff.member(Principals.staffId(principal))
                .map(m -> new String[] {m.fullName(), m.role().name()})
                .orElse(new String[] {"—", ""});
    }

    private String clientName(long id) {
        return clients.contact(id).map(ClientContact::listName).orElse("—");
    }
}
