package app.carnet.rights.rectification;

import app.carnet.domain.client.ClientPortalService;
import app.carnet.domain.client.ContactData;
import app.carnet.domain.privacy.RectifiableItem;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Checks;
import app.carnet.domain.shared.Principals;
import app.carnet.rights.recipient.RecipientNotices;
import app.carnet.rights.request.PortalRequests;
import app.carnet.rights.request.RequestType;
import app.carnet.rights.request.RightExercised;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Rectification as the logged-in client exercises it in the portal: their contact data corrected at once (GDPR art.
 * 16, "without undue delay"), each correction one entry of the register answered at once; anything else asked of
 * the practitioner by pointing at the item, a request of the register that {@link RectificationService} answers.
 */
@Stateless
@RolesAllowed("CLIENT")
public class PortalRectification {

    /** The most the client writes about what is wrong, and proposes. */
    public static final int TEXT_MAX = 2_000;

    @Inject
    ClientPortalService portal;
    @Inject
    Rectifiables rectifiables;
    @Inject
    PortalRequests requests;
    @Inject
    RecipientNotices recipients;
    @Inject
    Event<RightExercised> exercised;
    @Inject
    SecurityContext security;
    @Inject
    Clock clock;

    /**
     * Corrects the caller's contact data; {@code summary} says, in the page's language, what was corrected (the
     * register's entry) from the names of the fields that changed.
     *
     * @return the fields that changed, none when nothing did (and then the register gets nothing)
     * @throws BusinessException with every problem of the form, or {@code rights.limited} while a limitation
     *         holds (the client lifts nothing by correcting: the practitioner answers the limitation first)
     */
    public List<String> correctContact(ContactData contact, Function<List<String>, String> summary) {
        List<String> changed = portal.correctContact(contact);
        if (!changed.isEmpty()) {
            var now = clock.instant();
            exercised.fire(new RightExercised(me(), RequestType.RECTIFICATION, summary.apply(changed), now, now));
            recipients.tell(me(), RequestType.RECTIFICATION);
        }
        return changed;
    }

    /** What the client may point at as wrong: their identity, their measurements, the consultations shared. */
    public List<RectifiableItem> items() {
        return rectifiables.items(me());
    }

    /**
     * Asks the practitioner to correct one item: {@code wrong} says what is wrong, {@code proposed} (optional) what
     * it should be; {@code summary} writes the register's entry from the item, in the page's language.
     *
     * @return the request's id
     * @throws BusinessException {@code validation.required} ({@code item} or {@code wrong}), {@code validation.tooLong}
     */
    public long ask(@Nullable String ref, @Nullable String wrong, @Nullable String proposed,
            Function<RectifiableItem, String> summary) {
        var checks = new Checks();
        var item = ref == null ? Optional.<RectifiableItem>empty()
                : rectifiables.find(me(), ref).map(Rectifiables.Held::item);
        if (item.isEmpty()) {
            checks.refuse("item", "validation.required");
        }
        String what = checks.longText(wrong, TEXT_MAX, "wrong");
        String better = checks.optionalText(proposed, TEXT_MAX, "proposed", true);
        checks.throwIfAny();
        var text = new StringBuilder(summary.apply(item.orElseThrow())).append("\n").append(what);
        if (better != null) {
            text.append("\n→ ").append(better);
        }
        return requests.make(RequestType.RECTIFICATION, text.toString(), item.get().ref());
    }

    private long me() {
        return Principals.clientId(security.getCallerPrincipal().getName());
    }
}
