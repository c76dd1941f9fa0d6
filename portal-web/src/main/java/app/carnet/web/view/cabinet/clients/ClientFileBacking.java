package app.carnet.web.view.cabinet.clients;

import app.carnet.domain.account.AccountService;
import app.carnet.domain.client.ClientService;
import app.carnet.domain.client.ClientView;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.web.view.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** {@code /cabinet/clients/fiche.xhtml?id=…}: one client's file. */
@Named
@ViewScoped
public class ClientFileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientService clients;
    @Inject
    AccountService accounts;

    private String id;
    private ClientView client;
    private boolean portalActive;

    public void load() throws IOException {
        try {
            client = clients.get(Long.parseLong(id == null ? "" : id));
            portalActive = accounts.hasPortalAccount(client.id());
        } catch (NumberFormatException | NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String reinvite() {
        accounts.reinvite(client.id());
        Messages.flash("clients.file.reinvited");
        return "/cabinet/clients/fiche.xhtml?faces-redirect=true&id=" + client.id();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ClientView getClient() {
        return client;
    }

    public boolean isPortalActive() {
        return portalActive;
    }
}
