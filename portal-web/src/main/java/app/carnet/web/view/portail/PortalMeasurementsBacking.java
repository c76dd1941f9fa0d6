package app.carnet.web.view.portail;

import app.carnet.domain.health.MeasurementLine;
import app.carnet.domain.health.PortalHealth;
import app.carnet.web.view.Messages;
import app.carnet.web.view.WeightChart;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /portail/mesures.xhtml}: the client's height, weight and BMI over time. */
@Named
@RequestScoped
public class PortalMeasurementsBacking {

    @Inject
    PortalHealth health;

    private List<MeasurementLine> mine;

    @PostConstruct
    void load() {
        mine = health.myMeasurements();
    }

    public List<MeasurementLine> getMine() {
        return mine;
    }

    /** Whether there are two weights at least: a line needs two points. */
    public boolean isPlottable() {
        return mine.stream().filter(m -> m.weightKg() != null).count() >= 2;
    }

    public String getChart() {
        return WeightChart.json(mine, Messages.text("health.weight"), Messages.text("health.bmi"),
                FacesContext.getCurrentInstance().getViewRoot().getLocale().toLanguageTag());
    }
}
