package app.carnet.rights.rectification;

import app.carnet.domain.privacy.RectifiableData;
import app.carnet.domain.privacy.RectifiableItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * Every module's {@link RectifiableData}, read as one: what a client may point at, and the module that corrects an
 * item. The file's identity first, then the dated items, the latest first.
 */
@ApplicationScoped
public class Rectifiables {

    @Inject
    Instance<RectifiableData> modules;

    /** What the client may point at, in every module. */
    public List<RectifiableItem> items(long clientId) {
        return StreamSupport.stream(modules.spliterator(), false).flatMap(m -> m.items(clientId).stream())
                .sorted(Comparator.comparing((RectifiableItem i) -> i.day() != null)
                        .thenComparing(RectifiableItem::day, Comparator.nullsFirst(Comparator.reverseOrder())))
                .toList();
    }

    /** The item with this reference, as it is now, and the module that holds it. */
    Optional<Held> find(long clientId, String ref) {
        for (RectifiableData module : modules) {
            var item = module.item(clientId, ref);
            if (item.isPresent()) {
                return Optional.of(new Held(item.get(), module));
            }
        }
        return Optional.empty();
    }

    /** An item and its module. */
    record Held(RectifiableItem item, RectifiableData module) {
    }
}
