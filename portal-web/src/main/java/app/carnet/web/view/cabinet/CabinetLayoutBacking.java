package app.carnet.web.view.cabinet;

import app.carnet.domain.staff.StaffService;
import app.carnet.domain.staff.StaffView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The header of every back-office page ({@code WEB-INF/templates/cabinet.xhtml}): who is logged in. */
@Named
@RequestScoped
public class CabinetLayoutBacking {

    @Inject
    StaffService staff;

    private StaffView me;

    @PostConstruct
    void load() {
        me = staff.me();
    }

    public StaffView getMe() {
        return me;
    }
}
