package app.carnet.domain.privacy;

import java.util.List;
import java.util.Optional;

/**
 * A module's part of the rectification (GDPR art. 16): the items of a client's data the client may point at as
 * wrong, and the correction of one, which the practitioner accepts in the register of requests. The rights module
 * reads every implementation (CDI); each owns the references it gives ({@link RectifiableItem#ref}). Implementations
 * run in the caller's transaction and check no access; their writes go through the persistence unit's listeners (a
 * limitation refuses them).
 */
public interface RectifiableData {

    /** What the client may point at in this module, in the order a page lists it. */
    List<RectifiableItem> items(long clientId);

    /** The item with this reference, as it is now, if this module holds it for this client. */
    default Optional<RectifiableItem> item(long clientId, String ref) {
        return items(clientId).stream().filter(i -> i.ref().equals(ref)).findFirst();
    }

    /**
     * Makes the correction: the item takes {@code corrected}, checked as the module's own forms check it. Called only
     * for an item of this module's that is {@link RectifiableItem#correctable}.
     *
     * @throws app.carnet.domain.shared.BusinessException for a value the module's form would refuse (field
     *         {@code corrected})
     */
    void correct(long clientId, String ref, String corrected);
}
