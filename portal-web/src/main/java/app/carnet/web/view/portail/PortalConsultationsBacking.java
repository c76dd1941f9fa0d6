package app.carnet.web.view.portail;

import app.carnet.domain.consultation.PortalConsultations;
import app.carnet.domain.consultation.SharedConsultation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /portail/consultations.xhtml}: the client's consultations, as the practitioner shared them. */
@Named
@RequestScoped
public class PortalConsultationsBacking {

    @Inject
    PortalConsultations consultations;

    private List<SharedConsultation> mine;

    @PostConstruct
    void load() {
        mine = consultations.mine();
    }

    public List<SharedConsultation> getMine() {
        return mine;
    }
}
