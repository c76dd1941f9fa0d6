package app.carnet.web.view.cabinet.clients;

import app.carnet.domain.shared.BusinessException;
import app.carnet.rights.objection.LimitationService;
import app.carnet.rights.objection.LimitationView;
import app.carnet.web.view.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The banner of a client's pages ({@code /WEB-INF/includes/limitation-banner.xhtml}) while their data is limited
 * (GDPR art. 18): since when and why, and the lifting, which tells the client first (art. 18(3)).
 */
@Named
@RequestScoped
public class LimitationBannerBacking {

    @Inject
    LimitationService limitations;

    private final Map<Long, Optional<LimitationView>> read = new HashMap<>();

    /** The limitation that holds on the client's data, or null. */
    public LimitationView of(long clientId) {
        return read.computeIfAbsent(clientId, limitations::of).orElse(null);
    }

    public String lift(long clientId) {
        try {
            limitations.lift(clientId);
        } catch (BusinessException e) {
            Messages.show(e);
            return null;
        }
        Messages.flash("rights.limitation.lifted");
        return "/cabinet/clients/fiche.xhtml?faces-redirect=true&id=" + clientId;
    }
}
