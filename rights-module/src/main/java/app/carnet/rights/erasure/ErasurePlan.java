package app.carnet.rights.erasure;

import java.util.List;
import java.util.Set;

/**
 * What an erasure of one client does: the sections it {@code erases} and those it {@code keeps}, with the obligation
 * and the date; {@code holders} are the modules whose erasure runs (the others are kept whole by a hold), and
 * {@code fileErased} whether the client's file itself goes (it stays when a module keeps records that refer to it).
 */
public record ErasurePlan(List<PlanLine> erases, List<PlanLine> keeps, Set<String> holders, boolean fileErased) {

    public ErasurePlan {
        erases = List.copyOf(erases);
        keeps = List.copyOf(keeps);
        holders = Set.copyOf(holders);
    }
}
