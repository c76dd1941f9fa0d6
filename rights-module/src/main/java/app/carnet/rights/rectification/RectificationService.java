package app.carnet.rights.rectification;

import app.carnet.domain.privacy.RectifiableItem;
import app.carnet.domain.shared.BusinessException;
import app.carnet.rights.recipient.RecipientNotices;
import app.carnet.rights.request.RequestService;
import app.carnet.rights.request.RequestType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The practitioner's side of a rectification the client asked about one item (GDPR art. 16), from the register of
 * requests: the item as it is now, then the acceptance, which makes the correction in the item's module (a typed
 * value checked as its form checks it; a consultation is corrected in its own page) and answers the client in the
 * same transaction, tells the file's recipients (art. 19), or the refusal with its reason, which the register's refusal does (art. 12(4)).
 */
@Stateless
@RolesAllowed("OWNER")
public class RectificationService {

    @Inject
    RequestService requests;
    @Inject
    Rectifiables rectifiables;
    @Inject
    RecipientNotices recipients;

    /** The item the request points at, as it is now; none for a request about no item, or an item since gone. */
    public Optional<RectifiableItem> item(long requestId) {
        var view = requests.get(requestId);
        return requests.itemOf(requestId).flatMap(ref -> rectifiables.find(view.clientId(), ref))
                .map(Rectifiables.Held::item);
    }

    /**
     * Accepts the rectification: the item takes {@code corrected} when it is correctable (then required), and the
     * request is answered with {@code answer}.
     *
     * @throws BusinessException {@code validation.required} ({@code corrected} or {@code answer}), the module's own
     *         refusal of the value ({@code corrected}), {@code rights.limited} while a limitation holds,
     *         {@code rights.request.closed}, {@code rights.request.waitingForIdentity}
     */
    public void accept(long requestId, @Nullable String corrected, String answer) {
        long clientId = requests.toCarryOut(requestId, RequestType.RECTIFICATION);
        var held = requests.itemOf(requestId).flatMap(ref -> rectifiables.find(clientId, ref));
        if (held.isPresent() && held.get().item().correctable()) {
            if (corrected == null || corrected.isBlank()) {
                throw new BusinessException("validation.required", "corrected");
            }
            held.get().module().correct(clientId, held.get().item().ref(), corrected.strip());
        }
        requests.answer(requestId, answer);
        recipients.tell(clientId, RequestType.RECTIFICATION);
    }
}
