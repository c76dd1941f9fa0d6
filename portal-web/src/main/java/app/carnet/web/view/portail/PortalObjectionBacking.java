package app.carnet.web.view.portail;

import app.carnet.domain.privacy.Purpose;
import app.carnet.domain.shared.BusinessException;
import app.carnet.rights.objection.LimitationGround;
import app.carnet.rights.objection.LimitationView;
import app.carnet.rights.objection.ObjectionSwitch;
import app.carnet.rights.objection.PortalRestrictions;
import app.carnet.web.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The objection and limitation section of {@code /portail/mes-droits.xhtml}
 * ({@code /WEB-INF/includes/droits/objection.xhtml}): a switch per purpose the client may stop (GDPR art. 21), and
 * the request to limit their data (art. 18).
 */
@Named
@RequestScoped
public class PortalObjectionBacking {

    @Inject
    PortalRestrictions restrictions;

    private List<ObjectionSwitch> switches = List.of();
    private LimitationView limitation;
    private LimitationGround ground;
    private String reason;

    @PostConstruct
    void load() {
        switches = restrictions.switches();
        limitation = restrictions.limitation().orElse(null);
    }

    /** Turns the switch of {@code purpose}: off objects, on withdraws the objection. */
    public void turn(Purpose purpose, boolean on) {
        restrictions.turn(purpose, on);
        Messages.info(on ? "rights.objection.withdrawn" : "rights.objection.objected");
        load();
    }

    public void limit() {
        try {
            restrictions.limit(ground, reason);
        } catch (BusinessException e) {
            Messages.show(e);
            return;
        }
        Messages.info("rights.limitation.asked");
        ground = null;
        reason = null;
        load();
    }

    public List<ObjectionSwitch> getSwitches() {
        return switches;
    }

    public LimitationView getLimitation() {
        return limitation;
    }

    public LimitationGround[] getGrounds() {
        return LimitationGround.values();
    }

    public LimitationGround getGround() {
        return ground;
    }

    public void setGround(LimitationGround ground) {
        this.ground = ground;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
