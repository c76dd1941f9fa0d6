package app.carnet.web.view.portail;

import app.carnet.domain.shared.BusinessException;
import app.carnet.rights.request.PortalRequestLine;
import app.carnet.rights.request.PortalRequests;
import app.carnet.rights.request.RequestType;
import app.carnet.web.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The requests section of {@code /portail/mes-droits.xhtml} ({@code /WEB-INF/includes/droits/demandes.xhtml}): the
 * client's requests with their state, due date and answer, and a new request of any right in their own words.
 */
@Named
@ViewScoped
public class PortalRequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The section's form: the page holds other sections' forms too. */
    static final String FORM = "requests";

    @Inject
    PortalRequests requests;

    private List<PortalRequestLine> mine;
    private RequestType type;
    private String asked;

    @PostConstruct
    void load() {
        mine = requests.mine();
    }

    public void make() {
        try {
            requests.make(type, asked);
        } catch (BusinessException e) {
            e.violations().forEach(v -> Messages.errorAt(v.field() == null ? null : FORM + ":" + v.field(),
                    v.messageKey()));
            return;
        }
        type = null;
        asked = null;
        Messages.info("portal.requests.sent");
        mine = requests.mine();
    }

    public List<PortalRequestLine> getMine() {
        return mine;
    }

    public RequestType[] getTypes() {
        return RequestType.values();
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

    public String getAsked() {
        return asked;
    }

    public void setAsked(String asked) {
        this.asked = asked;
    }
}
