package app.carnet.domain.staff;

import app.carnet.domain.shared.NotFoundException;
import app.carnet.domain.shared.Principals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/** The staff member who is logged in. */
@Stateless
@RolesAllowed({"OWNER", "PARTNER", "REPLACEMENT"})
public class StaffService {

    @Inject
    StaffRepository staff;
    @Inject
    SecurityContext security;

    public StaffView me() {
        long id = Principals.staffId(security.getCallerPrincipal().getName());
        return staff.findById(id).map(m -> new StaffView(m.getId(), m.getFirstName(), m.getLastName(), m.getRole()))
                .orElseThrow(NotFoundException::new);
    }
}
