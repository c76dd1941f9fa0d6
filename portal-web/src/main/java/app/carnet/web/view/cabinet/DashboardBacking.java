package app.carnet.web.view.cabinet;

import app.carnet.domain.client.ClientService;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.practice.PracticeView;
import app.carnet.domain.staff.StaffService;
import app.carnet.domain.staff.StaffView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The back office's header (practice, user) and {@code /cabinet/index.xhtml}. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    PracticeService practice;
    @Inject
    StaffService staff;
    @Inject
    ClientService clients;

    private String practiceName;
    private StaffView me;

    @PostConstruct
    void load() {
        practiceName = practice.find().map(PracticeView::name).orElse("");
        me = staff.me();
    }

    public String getPracticeName() {
        return practiceName;
    }

    public StaffView getMe() {
        return me;
    }

    public int getClientCount() {
        return clients.list().size();
    }
}
