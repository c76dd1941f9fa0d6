package app.carnet.rights.erasure;

import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.ErasureHold;
import app.carnet.domain.privacy.Hold;
import app.carnet.domain.privacy.PersonalDataHolder;
import app.carnet.rights.recipient.RecipientNotices;
import app.carnet.rights.request.RequestType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.logging.Logger;

/**
 * The one place an erasure of a client's data goes through: its plan, read from every module's holder and holds, and
 * its execution, which runs the erasure of the modules the plan erases, the file last. Runs in the caller's
 * transaction and checks no access: the boundary services do.
 */
@ApplicationScoped
public class Erasure {

    private static final Logger LOG = Logger.getLogger(Erasure.class.getName());
    /** The section under which a module's attachments are counted. */
    static final String FILES = "files";

    @Inject
    Instance<PersonalDataHolder> holders;
    @Inject
    Instance<ErasureHold> holds;
    @Inject
    RecipientNotices recipients;

    /** What an erasure of the client would erase and keep, now. */
    public ErasurePlan plan(long clientId) {
        return ErasureRules.plan(parts(clientId), holds(clientId));
    }

    /**
     * Erases the client's data as the plan of this moment says: exactly what no hold keeps; the file's recipients
     * are told first (art. 19), while the shares still say who they are.
     *
     * @return the plan carried out
     */
    public ErasurePlan carryOut(long clientId) {
        var plan = plan(clientId);
        recipients.tell(clientId, RequestType.ERASURE);
        holders.stream().filter(h -> plan.holders().contains(name(h)))
                .sorted(Comparator.comparing(PersonalDataHolder::holdsTheFile))
                .forEach(holder -> holder.erase(clientId));
        LOG.info(() -> "Erasure: " + plan.erases().size() + " sections erased, " + plan.keeps().size() + " kept");
        return plan;
    }

    private List<Hold> holds(long clientId) {
        var all = new ArrayList<Hold>();
        holds.forEach(h -> all.addAll(h.holds(clientId)));
        return all;
    }

    private List<ErasureRules.HolderPart> parts(long clientId) {
        var parts = new ArrayList<ErasureRules.HolderPart>();
        for (PersonalDataHolder holder : holders) {
            var export = new ClientExport();
            holder.export(clientId, export);
            var sections = new LinkedHashMap<String, Integer>();
            export.sections().forEach((section, records) -> {
                if (!records.isEmpty()) {
                    sections.put(section, records.size());
                }
            });
            if (!export.files().isEmpty()) {
                sections.merge(FILES, export.files().size(), Integer::sum);
            }
            List<Hold> own = holder instanceof ErasureHold hold ? hold.holds(clientId) : List.of();
            parts.add(new ErasureRules.HolderPart(name(holder), holder.tables(), sections, own,
                    holder.holdsTheFile()));
        }
        return parts;
    }

    /** A holder's name without its container proxy's suffix. */
    static String name(PersonalDataHolder holder) {
        String name = holder.getClass().getName();
        int proxy = name.indexOf('$');
        return proxy > 0 ? name.substring(0, proxy) : name;
    }
}
