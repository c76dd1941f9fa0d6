package app.carnet.web.view.cabinet;

import app.carnet.domain.client.ClientService;
import app.carnet.domain.demo.DemoData;
import app.carnet.domain.shared.BusinessException;
import app.carnet.rights.request.DueRequest;
import app.carnet.rights.request.RequestService;
import app.carnet.web.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
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
    RequestService rightsRequests;
    @Inject
    @ConfigProperty(name = "carnet.demo", defaultValue = "false")
    boolean demo;

    private String clientCount;
    private boolean demonstration;
    private List<DueRequest> rightsDue = List.of();

    /** In demonstration mode, the owner's first visit writes the fictitious clients (as the owner, journaled). */
    @PostConstruct
    void load() {
        demonstration = demo && demoData.isDemonstration();
        if (demonstration && FacesContext.getCurrentInstance().getExternalContext().isUserInRole("OWNER")) {
            try {
                demoData.loadIfEmpty();
            } catch (BusinessException e) {
                // another first visit is writing them at the same moment (same addresses): its files will show
            }
        }
        clientCount = Messages.text("cabinet.home.clientCount", clients.count());
        if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole("OWNER")) {
            rightsDue = rightsRequests.dueSoon();
        }
    }

    /** Whether this is the demonstration practice, whose data is all fictitious. */
    public boolean isDemonstration() {
        return demonstration;
    }

    /** The rights requests due within 7 days, and those overdue (GDPR art. 12(3)). */
    public List<DueRequest> getRightsDue() {
        return rightsDue;
    }

    /** "Aucun client pour le moment", "Un client", "12 clients". */
    public String getClientCount() {
        return clientCount;
    }
}
