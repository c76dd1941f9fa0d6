package app.carnet.rights.erasure;

import app.carnet.domain.privacy.Hold;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The rules of an erasure's plan (GDPR art. 17(3): keep only what an exception needs, and say what and why). */
public final class ErasureRules {

    /** The reason the file stays when a module keeps records that refer to it. */
    static final String FILE_KEPT = "rights.erasure.fileKept";

    private ErasureRules() {
    }

    /**
     * One module's part of the client's data: its tables, the sections of the export it filled with their counts,
     * the holds it declares itself (it keeps those when it erases), and whether it holds the file.
     */
    public record HolderPart(String holder, Set<String> tables, Map<String, Integer> sections, List<Hold> ownHolds,
            boolean file) {

        boolean names(Hold hold) {
            return tables.contains(hold.section()) || sections.containsKey(hold.section());
        }
    }

    /**
     * The plan: a module whose data a hold of another module names (a litigation, say) keeps all of it, and then the
     * file stays too, for those records refer to it; a module that declares a hold itself erases the rest and keeps
     * that (the access journal); every other module erases everything. A section a hold names is kept, with the
     * hold's reason and date; every other section of an erased module is erased.
     */
    public static ErasurePlan plan(List<HolderPart> parts, List<Hold> holds) {
        var erases = new ArrayList<PlanLine>();
        var keeps = new ArrayList<PlanLine>();
        var holders = new HashSet<String>();
        boolean fileKept = false;
        HolderPart file = null;
        for (HolderPart part : parts) {
            if (part.file()) {
                file = part;
                continue;
            }
            Optional<Hold> foreign = holds.stream().filter(part::names)
                    .filter(h -> !part.ownHolds().contains(h)).findFirst();
            if (foreign.isPresent()) {
                fileKept = true;
                part.sections().forEach((section, count) -> keeps.add(kept(section, count, foreign.get())));
                continue;
            }
            holders.add(part.holder());
            split(part, holds, erases, keeps);
        }
        if (file != null) {
            Optional<Hold> onFile = holds.stream().filter(file::names).findFirst();
            if (fileKept || onFile.isPresent()) {
                Hold why = onFile.orElse(null);
                file.sections().forEach((section, count) -> keeps.add(why != null ? kept(section, count, why)
                        : new PlanLine(section, count, FILE_KEPT, null, null)));
            } else {
                holders.add(file.holder());
                split(file, holds, erases, keeps);
            }
        }
        return new ErasurePlan(erases, keeps, holders, file != null && holders.contains(file.holder()));
    }

    private static void split(HolderPart part, List<Hold> holds, List<PlanLine> erases, List<PlanLine> keeps) {
        Map<String, Hold> held = new LinkedHashMap<>();
        for (Hold hold : holds) {
            if (part.tables().contains(hold.section())) {
                part.sections().keySet().forEach(s -> held.putIfAbsent(s, hold));
            } else if (part.sections().containsKey(hold.section())) {
                held.putIfAbsent(hold.section(), hold);
            }
        }
        part.sections().forEach((section, count) -> {
            Hold hold = held.get(section);
            if (hold != null) {
                keeps.add(kept(section, count, hold));
            } else {
                erases.add(PlanLine.erased(section, count));
            }
        });
    }

    private static PlanLine kept(String section, int records, Hold hold) {
        return new PlanLine(section, records, hold.reason(), hold.purpose(), hold.until());
    }
}
