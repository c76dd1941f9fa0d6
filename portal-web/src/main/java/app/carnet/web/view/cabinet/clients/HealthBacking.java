package app.carnet.web.view.cabinet.clients;

import app.carnet.domain.client.ClientService;
import app.carnet.domain.client.ClientView;
import app.carnet.domain.health.AnamnesisKind;
import app.carnet.domain.health.AnamnesisLine;
import app.carnet.domain.health.HealthRecord;
import app.carnet.domain.health.HealthService;
import app.carnet.domain.health.NewAnamnesisEntry;
import app.carnet.domain.health.NewMeasurement;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.web.view.Messages;
import app.carnet.web.view.WeightChart;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /cabinet/clients/sante.xhtml?id=…}: a client's anamnesis and measurements, each form saved on its own,
 * wrong entries voided with a reason. Every opening is journaled by the service.
 */
@Named
@ViewScoped
public class HealthBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HealthService health;
    @Inject
    ClientService clients;

    private String id;
    private ClientView client;
    private HealthRecord record;

    private AnamnesisKind kind = AnamnesisKind.MEDICAL_HISTORY;
    private String text;
    private LocalDate notedOn;

    private LocalDate measuredOn;
    private String heightCm;
    private String weightKg;

    private Long voiding;
    private boolean voidingMeasurement;
    private String reason;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            long clientId = Long.parseLong(id == null ? "" : id);
            record = health.record(clientId);
            client = clients.get(clientId);
        } catch (NumberFormatException | NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void note() {
        try {
            health.note(record.clientId(), new NewAnamnesisEntry(kind, text, notedOn));
        } catch (BusinessException e) {
            Messages.show(e);
            return;
        }
        text = null;
        notedOn = null;
        Messages.info("health.anamnesis.noted");
        reload();
    }

    public void measure() {
        try {
            health.measure(record.clientId(), new NewMeasurement(measuredOn, heightCm, weightKg));
        } catch (BusinessException e) {
            Messages.show(e);
            return;
        }
        measuredOn = null;
        heightCm = null;
        weightKg = null;
        Messages.info("health.measurement.recorded");
        reload();
    }

    /** Opens the voiding dialog for an anamnesis entry ({@code measurement} false) or a measurement. */
    public void startVoiding(long recordId, boolean measurement) {
        voiding = recordId;
        voidingMeasurement = measurement;
        reason = null;
    }

    public boolean isVoiding(long recordId, boolean measurement) {
        return voiding != null && voiding == recordId && voidingMeasurement == measurement;
    }

    public void cancelVoiding() {
        voiding = null;
    }

    public void confirmVoiding() {
        try {
            if (voidingMeasurement) {
                health.voidMeasurement(voiding, reason);
            } else {
                health.voidAnamnesisEntry(voiding, reason);
            }
        } catch (BusinessException e) {
            Messages.show(e);
            return;
        }
        voiding = null;
        Messages.info("health.voided");
        reload();
    }

    private void reload() {
        record = health.record(record.clientId());
    }

    public List<AnamnesisLine> anamnesis(AnamnesisKind of) {
        return record.anamnesis().stream().filter(line -> line.kind() == of).toList();
    }

    public String getChart() {
        return WeightChart.json(record.measurements(), Messages.text("health.weight"), Messages.text("health.bmi"),
                FacesContext.getCurrentInstance().getViewRoot().getLocale().toLanguageTag());
    }

    public boolean isPlottable() {
        return record.measurements().stream().filter(m -> m.voidedAt() == null && m.weightKg() != null).count() >= 2;
    }

    public AnamnesisKind[] getKinds() {
        return AnamnesisKind.values();
    }

    public ClientView getClient() {
        return client;
    }

    public HealthRecord getRecord() {
        return record;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AnamnesisKind getKind() {
        return kind;
    }

    public void setKind(AnamnesisKind kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getNotedOn() {
        return notedOn;
    }

    public void setNotedOn(LocalDate notedOn) {
        this.notedOn = notedOn;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public void setMeasuredOn(LocalDate measuredOn) {
        this.measuredOn = measuredOn;
    }

    public String getHeightCm() {
        return heightCm;
    }

    public void setHeightCm(String heightCm) {
        this.heightCm = heightCm;
    }

    public String getWeightKg() {
        return weightKg;
    }

    public void setWeightKg(String weightKg) {
        this.weightKg = weightKg;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
