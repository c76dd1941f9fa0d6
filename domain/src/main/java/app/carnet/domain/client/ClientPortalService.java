package app.carnet.domain.client;

import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Checks;
import app.carnet.domain.shared.FileAccessed;
import app.carnet.domain.shared.FileAction;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.domain.shared.Principals;
import app.carnet.domain.staff.StaffDirectory;
import app.carnet.domain.staff.StaffView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.util.List;

/** What a logged-in client may see of their own file; the client always comes from the security context. */
@Stateless
@RolesAllowed("CLIENT")
public class ClientPortalService {

    @Inject
    ClientRepository clients;
    @Inject
    SecurityContext security;
    @Inject
    StaffDirectory staff;
    @Inject
    Event<FileAccessed> accessed;
    @Inject
    Clock clock;

    public ClientView identity() {
        long id = Principals.clientId(security.getCallerPrincipal().getName());
        return clients.findById(id).map(Client::view).orElseThrow(NotFoundException::new);
    }

    /**
     * Corrects the caller's contact data (GDPR art. 16), checked as the practitioner's form checks them.
     *
     * @return the fields that changed ({@link ContactData#FIELDS}), none when nothing did
     * @throws BusinessException with every problem of the form
     */
    public List<String> correctContact(ContactData input) {
        long id = Principals.clientId(security.getCallerPrincipal().getName());
        var client = clients.findById(id).orElseThrow(NotFoundException::new);
        var checks = new Checks();
        var valid = new ContactData(checks.optionalText(input.address(), 200, "address", true),
                checks.postalCode(input.postalCode(), "postalCode"),
                checks.optionalText(input.city(), 100, "city", false),
                checks.phone(input.mobilePhone(), "mobilePhone"), checks.phone(input.otherPhone(), "otherPhone"));
        checks.throwIfAny();
        List<String> changed = valid.changedFrom(ContactData.of(client.view().file()));
        if (!changed.isEmpty()) {
            client.correctContact(valid, clock.instant());
            clients.flush();
            accessed.fire(new FileAccessed(id, FileAction.FILE_UPDATED));
        }
        return changed;
    }

    /**
     * The partners and replacements the caller's file is shared with: the recipients of their data, whom the client
     * is entitled to know by name (GDPR art. 15(1)(c), CJEU C-154/21).
     */
    public List<StaffView> sharedWith() {
        long id = Principals.clientId(security.getCallerPrincipal().getName());
        return clients.findShares(id).stream().flatMap(s -> staff.member(s.getStaffId()).stream())
                .map(m -> new StaffView(m.id(), m.firstName(), m.lastName(), m.role())).toList();
    }
}
