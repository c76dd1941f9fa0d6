package app.carnet.web.view.portail;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The slot a visitor chose before logging in or creating an account: after the login, the portal opens it again,
 * ready to confirm. Kept in the session only (a service id and a time, nothing personal).
 */
@SessionScoped
public class WantedSlot implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long offeringId;
    private LocalDateTime start;

    void remember(long offeringId, LocalDateTime start) {
        this.offeringId = offeringId;
        this.start = start;
    }

    /** The booking page of the slot, once: then forgotten. */
    public Optional<String> take() {
        if (offeringId == null) {
            return Optional.empty();
        }
        String page = "/portail/reserver.xhtml?prestation=" + offeringId + "&creneau=" + start;
        offeringId = null;
        start = null;
        return Optional.of(page);
    }
}
