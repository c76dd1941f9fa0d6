package app.carnet.web.view.cabinet;

import app.carnet.domain.client.ClientService;
import app.carnet.domain.demo.DemoData;
import app.carnet.web.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code /cabinet/index.xhtml}. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    ClientService clients;
    @Inject
    DemoData demoData;
    @Inject
    @ConfigProperty(name = "carnet.demo", defaultValue = "false")
    boolean demo;

    private String clientCount;

    /** In demonstration mode, the owner's first visit writes the fictitious clients (as the owner, journaled). */
    @PostConstruct
    void load() {
        if (demo && FacesContext.getCurrentInstance().getExternalContext().isUserInRole("OWNER")) {
            demoData.loadIfEmpty();
        }
        clientCount = Messages.text("cabinet.home.clientCount", clients.count());
    }

    public boolean isDemo() {
        return demo;
    }

    /** "Aucun client pour le moment", "Un client", "12 clients". */
    public String getClientCount() {
        return clientCount;
    }
}
