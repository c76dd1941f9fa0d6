package app.carnet.domain.consultation;

import app.carnet.domain.shared.Principals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.Objects;

/** A logged-in client's consultations, as the practitioner chose to share them; the client comes from the login. */
@Stateless
@RolesAllowed("CLIENT")
public class PortalConsultations {

    @Inject
    ConsultationRepository consultations;
    @Inject
    SecurityContext security;

    public List<SharedConsultation> mine() {
        long me = Principals.clientId(security.getCallerPrincipal().getName());
        return consultations.findByClient(me).stream().map(Consultation::shared).filter(Objects::nonNull).toList();
    }
}
