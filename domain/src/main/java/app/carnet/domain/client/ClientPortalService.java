package app.carnet.domain.client;

import app.carnet.domain.shared.NotFoundException;
import app.carnet.domain.shared.Principals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/** What a logged-in client may see of their own file; the client always comes from the security context. */
@Stateless
@RolesAllowed("CLIENT")
public class ClientPortalService {

    @Inject
    ClientRepository clients;
    @Inject
    SecurityContext security;

    public ClientView identity() {
        long id = Principals.clientId(security.getCallerPrincipal().getName());
        return clients.findById(id).map(Client::view).orElseThrow(NotFoundException::new);
    }
}
