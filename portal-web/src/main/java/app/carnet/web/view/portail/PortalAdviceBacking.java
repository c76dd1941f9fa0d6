package app.carnet.web.view.portail;

import app.carnet.domain.advice.AdviceView;
import app.carnet.domain.advice.PortalAdvice;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /portail/conseils.xhtml}: the advice the practitioner shared with the logged-in client. */
@Named
@RequestScoped
public class PortalAdviceBacking {

    @Inject
    PortalAdvice advice;

    private List<AdviceView> mine;

    @PostConstruct
    void load() {
        mine = advice.mine();
    }

    public List<AdviceView> getMine() {
        return mine;
    }
}
