package app.carnet.rights.objection;

import app.carnet.domain.privacy.Purpose;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Principals;
import app.carnet.rights.recipient.RecipientNotices;
import app.carnet.rights.request.RequestType;
import app.carnet.rights.request.RightExercised;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Objection and limitation as the logged-in client exercises them in the portal; the client comes from the login.
 * An objection to a purpose of {@link Purpose#objectable()} takes effect at once and is withdrawn at will (GDPR art.
 * 21(1) and (3)); a limitation (art. 18(1)) takes effect at once, since it only protects, and waits in the register
 * for the practitioner, who alone lifts it (art. 18(3)).
 */
@Stateless
@RolesAllowed("CLIENT")
public class PortalRestrictions {

    /** The most the client writes about their limitation. */
    public static final int REASON_LENGTH = 2000;

    @Inject
    RestrictionRepository restrictions;
    @Inject
    ObjectionRegister register;
    @Inject
    Event<RightExercised> exercised;
    @Inject
    SecurityContext security;
    @Inject
    Clock clock;
    @Inject
    RecipientNotices recipients;

    /** The switches, in the policy's order: on where the client has not objected. */
    public List<ObjectionSwitch> switches() {
        var objections = register.objections(me());
        return Arrays.stream(Purpose.values()).filter(Purpose::objectable)
                .map(p -> new ObjectionSwitch(p, !objections.getOrDefault(p, false))).toList();
    }

    /**
     * Turns a switch: {@code on} false objects to the purpose, true withdraws the objection. A switch put where it
     * already is changes nothing.
     *
     * @throws BusinessException {@code rights.objection.notObjectable} for a purpose the client cannot stop alone
     */
    public void turn(Purpose purpose, boolean on) {
        if (!purpose.objectable()) {
            throw new BusinessException("rights.objection.notObjectable");
        }
        long client = me();
        boolean objected = !on;
        if (register.objections(client).getOrDefault(purpose, false) == objected) {
            return;
        }
        var now = clock.instant();
        restrictions.save(new ObjectionChange(client, purpose, objected, now, principal()));
        String summary = (objected ? "Opposition au traitement " : "Retrait de l'opposition au traitement ") + purpose;
        exercised.fire(new RightExercised(client, RequestType.OBJECTION, summary, now, now));
    }

    /** The limitation that holds now, if any. */
    public Optional<LimitationView> limitation() {
        return restrictions.current(me()).map(Limitation::view);
    }

    /**
     * Limits the client's data now, on {@code ground}, with their explanation.
     *
     * @throws BusinessException {@code validation.required} (ground or reason, per field), {@code validation.tooLong}
     *         or {@code rights.limitation.already} while one holds
     */
    public void limit(@Nullable LimitationGround ground, @Nullable String reason) {
        String text = LimitationRules.reason(ground, reason);
        if (ground == null) {
            throw new BusinessException("validation.required", "ground"); // checked above already
        }
        LimitationGround chosen = ground;
        long client = me();
        if (restrictions.current(client).isPresent()) {
            throw new BusinessException("rights.limitation.already");
        }
        var now = clock.instant();
        restrictions.save(new Limitation(client, chosen, text, now, principal()));
        exercised.fire(new RightExercised(client, RequestType.LIMITATION,
                "Limitation (art. 18(1)) : " + chosen + " — " + text, now, null));
        recipients.tell(client, RequestType.LIMITATION);
    }

    private String principal() {
        return security.getCallerPrincipal().getName();
    }

    private long me() {
        return Principals.clientId(principal());
    }
}
