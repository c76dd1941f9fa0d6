package app.carnet.web.view.cabinet.clients;

import app.carnet.domain.client.ClientService;
import app.carnet.domain.client.ClientView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /cabinet/clients/index.xhtml}. */
@Named
@RequestScoped
public class ClientListBacking {

    @Inject
    ClientService clients;

    private List<ClientView> all;

    @PostConstruct
    void load() {
        all = clients.list();
    }

    public List<ClientView> getClients() {
        return all;
    }
}
