package app.carnet.web.view.cabinet.droits;

import app.carnet.domain.privacy.RectifiableItem;
import app.carnet.domain.shared.BusinessException;
import app.carnet.rights.rectification.RectificationService;
import app.carnet.web.view.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The rectification card of {@code /cabinet/droits/demande.xhtml} for a request about one item: the item as it is
 * now, the corrected value (for an item Carnet corrects itself) and the answer, sent together.
 */
@Named
@ViewScoped
public class RectificationRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RectificationService rectifications;

    private Long requestId;
    private RectifiableItem item;
    private String corrected;
    private String answer;

    /** The item the request points at (read once per view); {@code null} for none. */
    public RectifiableItem item(long id) {
        if (requestId == null || requestId != id) {
            requestId = id;
            item = rectifications.item(id).orElse(null);
        }
        return item;
    }

    /** The item read by {@link #item}. */
    public RectifiableItem getShown() {
        return item;
    }

    /** Where the practitioner corrects an item Carnet does not correct itself: a consultation's own page. */
    public String pageOf(RectifiableItem shown, long clientId) {
        return shown.ref().startsWith("consultation:") ? "/cabinet/clients/consultation.xhtml?client=" + clientId
                + "&id=" + shown.ref().substring("consultation:".length()) : null;
    }

    public String accept() {
        try {
            rectifications.accept(requestId, corrected, answer);
        } catch (BusinessException e) {
            Messages.show(e);
            return null;
        }
        Messages.flash("rights.rectification.done");
        return "/cabinet/droits/index.xhtml?faces-redirect=true";
    }

    public String getCorrected() {
        return corrected;
    }

    public void setCorrected(String corrected) {
        this.corrected = corrected;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
