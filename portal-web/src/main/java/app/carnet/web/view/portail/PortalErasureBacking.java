package app.carnet.web.view.portail;

import app.carnet.domain.shared.BusinessException;
import app.carnet.rights.erasure.ErasurePlan;
import app.carnet.rights.erasure.PortalErasure;
import app.carnet.web.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The erasure section of {@code /portail/mes-droits.xhtml} ({@code /WEB-INF/includes/droits/effacement.xhtml}): what
 * an erasure would erase and keep, shown before the client asks, then the request.
 */
@Named
@ViewScoped
public class PortalErasureBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "erasure";

    @Inject
    PortalErasure erasure;

    private boolean pending;
    private ErasurePlan plan;
    private String why;

    @PostConstruct
    void load() {
        pending = erasure.pending();
    }

    /** Shows what would be erased and kept (the client's reading is journaled). */
    public void showPlan() {
        plan = erasure.plan();
    }

    public String ask() {
        try {
            erasure.ask(why, Messages.text("portal.erasure.asked"));
        } catch (BusinessException e) {
            e.violations().forEach(v -> Messages.errorAt(v.field() == null ? null : FORM + ":why", v.messageKey()));
            return null;
        }
        Messages.flash("portal.erasure.sent");
        return "/portail/mes-droits.xhtml?faces-redirect=true";
    }

    public boolean isPending() {
        return pending;
    }

    public ErasurePlan getPlan() {
        return plan;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }
}
