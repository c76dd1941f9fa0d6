package app.carnet.web.view.portail;

import app.carnet.domain.client.ClientPortalService;
import app.carnet.domain.client.ClientView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /portail/index.xhtml}: the logged-in client's own identity. */
@Named
@RequestScoped
public class PortalHomeBacking {

    @Inject
    ClientPortalService portal;

    private ClientView me;

    @PostConstruct
    void load() {
        me = portal.identity();
    }

    public ClientView getMe() {
        return me;
    }
}
