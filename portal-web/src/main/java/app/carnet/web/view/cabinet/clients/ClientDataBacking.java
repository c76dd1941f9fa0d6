package app.carnet.web.view.cabinet.clients;

import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.rights.data.ClientDataService;
import app.carnet.rights.data.Holding;
import app.carnet.rights.erasure.ErasurePlan;
import app.carnet.rights.erasure.PlanLine;
import app.carnet.web.view.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The "personal data" card of a client's file (owner only): what Carnet holds, and its erasure. */
@Named
@ViewScoped
public class ClientDataBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientDataService data;

    private List<Holding> inventory;

    /** Lists what each module holds about the client (journaled); back to the list when the file is gone meanwhile. */
    public String list(long clientId) {
        try {
            inventory = data.inventory(clientId);
            return null;
        } catch (NotFoundException e) {
            Messages.flashError("rights.data.gone");
            return "/cabinet/clients/index.xhtml?faces-redirect=true";
        }
    }

    /** Erases the client's data, then goes back to the list, saying what was kept and why. */
    public String erase(long clientId) {
        ErasurePlan done;
        try {
            done = data.erase(clientId);
        } catch (BusinessException e) {
            Messages.errorAt("data:erase", e.messageKey());
            return null;
        }
        Messages.flash("rights.erased");
        done.keeps().stream().map(PlanLine::reason).filter(java.util.Objects::nonNull).distinct()
                .forEach(Messages::flash);
        return "/cabinet/clients/index.xhtml?faces-redirect=true";
    }

    /** {@code null} until asked for. */
    public List<Holding> getInventory() {
        return inventory;
    }
}
