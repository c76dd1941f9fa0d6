package app.carnet.domain.advice;

import app.carnet.domain.client.ClientPortalService;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.domain.shared.Principals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/** A logged-in client's shared advice, and its PDF; the client comes from the login, another's answers "not found". */
@Stateless
@RolesAllowed("CLIENT")
public class PortalAdvice {

    @Inject
    AdviceRepository advice;
    @Inject
    ClientPortalService portal;
    @Inject
    PracticeService practice;
    @Inject
    SecurityContext security;

    public List<AdviceView> mine() {
        return advice.findByClient(me()).stream().filter(Advice::isShared).map(Advice::view).toList();
    }

    public byte[] pdf(long id) {
        var found = advice.find(id).filter(a -> a.getClientId() == me() && a.isShared())
                .orElseThrow(NotFoundException::new);
        var identity = portal.identity();
        return AdvicePdf.render(practice.displayName(), identity.firstName() + " " + identity.lastName(),
                found.view().form(), identity.language());
    }

    private long me() {
        return Principals.clientId(security.getCallerPrincipal().getName());
    }
}
