package app.carnet.web.view.cabinet;

import app.carnet.domain.client.ClientService;
import app.carnet.web.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /cabinet/index.xhtml}. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    ClientService clients;

    private String clientCount;

    @PostConstruct
    void load() {
        clientCount = Messages.text("cabinet.home.clientCount", clients.count());
    }

    /** "Aucun client pour le moment", "Un client", "12 clients". */
    public String getClientCount() {
        return clientCount;
    }
}
