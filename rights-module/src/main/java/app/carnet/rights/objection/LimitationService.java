package app.carnet.rights.objection;

import app.carnet.domain.client.ClientService;
import app.carnet.domain.client.Clients;
import app.carnet.domain.mail.Outbox;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Dates;
import app.carnet.domain.shared.FileAccessed;
import app.carnet.domain.shared.Principals;
import app.carnet.rights.request.RightsEmails;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * A client's limitation (GDPR art. 18) as the practitioner sees it on the file, and lifts it: "a data subject who has
 * obtained restriction of processing … shall be informed by the controller before the restriction of processing is
 * lifted" (art. 18(3)). Lifting writes the notice to the client first, in their language (an email about their
 * request, P16, which the limitation lets through); without an address to tell them at, Carnet does not lift.
 */
@Stateless
@RolesAllowed("OWNER")
public class LimitationService {

    @Inject
    RestrictionRepository restrictions;
    @Inject
    Clients clients;
    @Inject
    ClientService files;
    @Inject
    Outbox outbox;
    @Inject
    PracticeService practice;
    @Inject
    Event<FileAccessed> journal;
    @Inject
    SecurityContext security;
    @Inject
    Clock clock;

    /**
     * The limitation that holds on the client's data, if any: the banner of the file, which every member of the team
     * who may open the file sees (nothing for a file they may not open).
     */
    @RolesAllowed({"OWNER", "PARTNER", "REPLACEMENT"})
    public Optional<LimitationView> of(long clientId) {
        if (!files.mayAccess(clientId)) {
            return Optional.empty();
        }
        return restrictions.current(clientId).map(Limitation::view);
    }

    /**
     * Tells the client, then lifts their limitation.
     *
     * @throws BusinessException {@code rights.limitation.none} when none holds, {@code rights.limitation.noticeFirst}
     *         when the client cannot be told (no address, or the notice could not be written)
     */
    public void lift(long clientId) {
        var current = restrictions.current(clientId)
                .orElseThrow(() -> new BusinessException("rights.limitation.none"));
        if (!notify(clientId, current)) {
            throw new BusinessException("rights.limitation.noticeFirst");
        }
        var now = clock.instant();
        current.lift(now, now, Principals.staffId(security.getCallerPrincipal().getName()));
        journal.fire(new FileAccessed(clientId, RestrictionAction.LIMITATION_LIFTED));
    }

    /**
     * The file ends: the client died (their rights end with them, Loi Informatique et Libertés art. 84) or asked
     * that their data be erased, which leaves nothing to limit. The limitation ends with no notice to send (art.
     * 18(3) protects the data that would be processed again, and none will be); journaled like a lifting. Nothing
     * happens when none holds.
     */
    public void endAsTheFileEnds(long clientId) {
        restrictions.current(clientId).ifPresent(current -> {
            current.lift(null, clock.instant(), Principals.staffId(security.getCallerPrincipal().getName()));
            journal.fire(new FileAccessed(clientId, RestrictionAction.LIMITATION_LIFTED));
        });
    }

    private boolean notify(long clientId, Limitation limitation) {
        var contact = clients.contact(clientId).filter(c -> c.email() != null && !c.email().isBlank());
        if (contact.isEmpty()) {
            return false;
        }
        var c = contact.get();
        var locale = Locale.forLanguageTag(c.language());
        return outbox.queueForClient(clientId, c.email(), c.language(), RightsEmails.LIMITATION_LIFTED, c.firstName(),
                practice.displayName(), Dates.dateTime(limitation.view().askedAt(), locale));
    }
}
