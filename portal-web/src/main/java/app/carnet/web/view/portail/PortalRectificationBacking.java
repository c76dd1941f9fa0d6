package app.carnet.web.view.portail;

import app.carnet.domain.privacy.RectifiableItem;
import app.carnet.domain.shared.BusinessException;
import app.carnet.rights.rectification.PortalRectification;
import app.carnet.web.view.ItemLabels;
import app.carnet.web.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The rectification section of {@code /portail/mes-droits.xhtml} ({@code /WEB-INF/includes/droits/rectification.xhtml}):
 * the client points at an item of their data, says what is wrong and what it should be; the request enters the
 * register, where the practitioner corrects it or refuses with a reason.
 */
@Named
@ViewScoped
public class PortalRectificationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "rectification";

    @Inject
    PortalRectification rectification;
    @Inject
    ItemLabels labels;

    private List<RectifiableItem> items;
    private String item;
    private String wrong;
    private String proposed;

    @PostConstruct
    void load() {
        items = rectification.items();
    }

    public String ask() {
        try {
            rectification.ask(item, wrong, proposed,
                    i -> Messages.text("portal.rectification.summary", labels.label(i)));
        } catch (BusinessException e) {
            e.violations().forEach(v -> Messages.errorAt(v.field() == null ? null : FORM + ":" + v.field(),
                    v.messageKey()));
            return null;
        }
        Messages.flash("portal.rectification.sent");
        return "/portail/mes-droits.xhtml?faces-redirect=true";
    }

    public List<RectifiableItem> getItems() {
        return items;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getWrong() {
        return wrong;
    }

    public void setWrong(String wrong) {
        this.wrong = wrong;
    }

    public String getProposed() {
        return proposed;
    }

    public void setProposed(String proposed) {
        this.proposed = proposed;
    }
}
