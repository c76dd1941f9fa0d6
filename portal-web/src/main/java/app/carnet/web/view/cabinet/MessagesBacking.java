package app.carnet.web.view.cabinet;

import app.carnet.domain.client.ClientService;
import app.carnet.domain.client.ClientSummary;
import app.carnet.domain.exchange.ExchangeService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /cabinet/messages.xhtml}: the clients (among those the caller may see) whose messages wait to be read. */
@Named
@RequestScoped
public class MessagesBacking {

    @Inject
    ExchangeService exchanges;
    @Inject
    ClientService clients;

    private List<ClientSummary> waiting;

    @PostConstruct
    void load() {
        waiting = clients.summaries(exchanges.clientsWaiting());
    }

    public List<ClientSummary> getWaiting() {
        return waiting;
    }
}
