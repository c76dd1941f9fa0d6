package app.carnet.web.view.cabinet.droits;

import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.rights.identity.ProofStep;
import app.carnet.rights.request.RequestService;
import app.carnet.rights.request.RequestView;
import app.carnet.web.view.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * {@code /cabinet/droits/demande.xhtml?id=…}: one request of the register (its reading journaled), its clock and
 * history, and the practitioner's steps: take it up, ask identity information on doubt (never for a portal request),
 * verify it, extend the deadline, answer or refuse.
 */
@Named
@ViewScoped
public class RequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestService requests;

    private String id;
    private RequestView request;
    private ProofStep step = ProofStep.INFORMATION;
    private String doubt;
    private String question;
    private int months = 3;
    private String reasons;
    private String answer;
    private String refusal;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            request = requests.get(Long.parseLong(id == null ? "" : id));
        } catch (NumberFormatException | NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String takeUp() {
        return step(() -> requests.takeUp(request.id()), "rights.request.takenUp");
    }

    public String askIdentity() {
        return step(() -> requests.askIdentity(request.id(), step, doubt, question), "rights.identity.asked");
    }

    public String verifyIdentity() {
        return step(() -> requests.verifyIdentity(request.id()), "rights.identity.verified");
    }

    public String extend() {
        return step(() -> requests.extend(request.id(), months, reasons), "rights.extension.done");
    }

    public String answer() {
        return step(() -> requests.answer(request.id(), answer),
                request.writable() ? "rights.answer.sent" : "rights.answer.kept");
    }

    public String refuse() {
        return step(() -> requests.refuse(request.id(), refusal),
                request.writable() ? "rights.refusal.sent" : "rights.answer.kept");
    }

    private String step(Runnable action, String done) {
        try {
            action.run();
        } catch (BusinessException e) {
            Messages.show(e);
            return null;
        }
        Messages.flash(done);
        return "/cabinet/droits/demande.xhtml?faces-redirect=true&id=" + request.id();
    }

    public RequestView getRequest() {
        return request;
    }

    public ProofStep[] getSteps() {
        return ProofStep.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ProofStep getStep() {
        return step;
    }

    public void setStep(ProofStep step) {
        this.step = step;
    }

    public String getDoubt() {
        return doubt;
    }

    public void setDoubt(String doubt) {
        this.doubt = doubt;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public int getMonths() {
        return months;
    }

    public void setMonths(int months) {
        this.months = months;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getRefusal() {
        return refusal;
    }

    public void setRefusal(String refusal) {
        this.refusal = refusal;
    }
}
