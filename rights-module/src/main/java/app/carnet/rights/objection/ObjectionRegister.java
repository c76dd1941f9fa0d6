package app.carnet.rights.objection;

import app.carnet.domain.privacy.ProcessingRestrictions;
import app.carnet.domain.privacy.Purpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The client's restrictions as every path consults them (the outbox before an email, the domain's entity listener
 * before a write, the statistics when they come): the objections of GDPR art. 21, each the latest turn of its switch,
 * and the limitation of art. 18, from the client's request until the practitioner lifts it; and the end of them all,
 * the client's death as the directives component records it ({@link DeathRecords}). It runs in its caller's
 * transaction and checks no access: the caller does.
 */
@ApplicationScoped
public class ObjectionRegister implements ProcessingRestrictions {

    @Inject
    RestrictionRepository restrictions;
    @Inject
    Instance<DeathRecords> deaths;

    @Override
    public boolean deceased(long clientId) {
        return deaths.stream().anyMatch(d -> d.recorded(clientId));
    }

    @Override
    public boolean objected(long clientId, Purpose purpose) {
        return objections(clientId).getOrDefault(purpose, false);
    }

    @Override
    public boolean limited(long clientId) {
        return restrictions.limited(clientId);
    }

    /**
     * The clients who object to {@code purpose} now: what the statistics (P20, a module to come) leave out, and any
     * batch sender of follow-ups (P07) or communications (P11) before it starts.
     */
    @Override
    public Set<Long> objectors(Purpose purpose) {
        return latest(restrictions.changes(purpose));
    }

    /** The position of each switch the client turned, by purpose (true: objected). */
    Map<Purpose, Boolean> objections(long clientId) {
        Map<Purpose, Boolean> now = new EnumMap<>(Purpose.class);
        restrictions.changes(clientId).forEach(c -> now.put(c.purpose(), c.objected()));
        return now;
    }

    /** The clients whose latest change, oldest first, is an objection. */
    static Set<Long> latest(List<ObjectionChange> changes) {
        Map<Long, Boolean> byClient = new HashMap<>();
        changes.forEach(c -> byClient.put(c.clientId(), c.objected()));
        var objectors = new TreeSet<Long>();
        byClient.forEach((client, objected) -> {
            if (objected) {
                objectors.add(client);
            }
        });
        return objectors;
    }
}
