package app.carnet.domain.client;

import app.carnet.domain.shared.NotFoundException;
import app.carnet.domain.shared.Principals;
import app.carnet.domain.staff.StaffDirectory;
import app.carnet.domain.staff.StaffView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
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

    public ClientView identity() {
        long id = Principals.clientId(security.getCallerPrincipal().getName());
        return clients.findById(id).map(Client::view).orElseThrow(NotFoundException::new);
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
