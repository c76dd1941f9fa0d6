package app.carnet.domain.health;

import app.carnet.domain.shared.Principals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/** A logged-in client's own measurements (voided ones left out), with their BMI; the client comes from the login. */
@Stateless
@RolesAllowed("CLIENT")
public class PortalHealth {

    @Inject
    HealthRepository records;
    @Inject
    SecurityContext security;

    public List<MeasurementLine> myMeasurements() {
        long me = Principals.clientId(security.getCallerPrincipal().getName());
        return MeasurementLine.withBmis(records.measurements(me).stream().map(Measurement::line).toList()).stream()
                .filter(m -> m.voidedAt() == null).toList();
    }
}
