package app.carnet.web.view.cabinet.droits;

import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Dates;
import app.carnet.rights.erasure.ErasurePlan;
import app.carnet.rights.erasure.ErasureService;
import app.carnet.rights.erasure.PlanLine;
import app.carnet.web.view.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.stream.Collectors;

/**
 * The erasure card of {@code /cabinet/droits/demande.xhtml} for an erasure request: the plan (what goes, what stays,
 * why, until when), an answer written from it that the practitioner may change, and the erasure carried out.
 */
@Named
@ViewScoped
public class ErasureRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ErasureService erasures;

    private long requestId;
    private ErasurePlan plan;
    private String answer;

    /** Reads the plan of an open erasure request (journaled), and writes the answer that tells it. */
    public void show(long id) {
        requestId = id;
        try {
            plan = erasures.plan(id);
        } catch (BusinessException e) {
            Messages.show(e);
            return;
        }
        answer = PlanText.of(plan);
    }

    /** Erases, answers, and goes back to the register saying what was kept. */
    public String carryOut() {
        try {
            erasures.carryOut(requestId, answer);
        } catch (BusinessException e) {
            Messages.show(e);
            return null;
        }
        Messages.flash("rights.erasure.done");
        return "/cabinet/droits/index.xhtml?faces-redirect=true";
    }

    public ErasurePlan getPlan() {
        return plan;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    /** The plan in words, in the page's language: the answer's first draft. */
    static final class PlanText {

        private PlanText() {
        }

        static String of(ErasurePlan plan) {
            var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            var text = new StringBuilder(Messages.text("rights.erasure.answer.erased")).append('\n');
            text.append(plan.erases().stream().map(l -> "- " + label(l)).collect(Collectors.joining("\n")));
            if (!plan.keeps().isEmpty()) {
                text.append("\n\n").append(Messages.text("rights.erasure.answer.kept")).append('\n');
                text.append(plan.keeps().stream().map(l -> "- " + label(l) + " : " + Messages.text(l.reason())
                        + " " + (l.until() == null ? Messages.text("rights.erasure.untilUnknown")
                                : Messages.text("rights.erasure.until", Dates.date(l.until(), locale))))
                        .collect(Collectors.joining("\n")));
            }
            return text.toString();
        }

        private static String label(PlanLine line) {
            return Messages.text("rights.section." + line.section()) + " (" + line.records() + ")";
        }
    }
}
