package app.carnet.web.view.cabinet.clients;

import app.carnet.domain.client.ClientService;
import app.carnet.domain.consultation.ConsultationForm;
import app.carnet.domain.consultation.ConsultationService;
import app.carnet.domain.consultation.ConsultationView;
import app.carnet.domain.consultation.Upload;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.web.view.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /cabinet/clients/consultation.xhtml?client=…[&id=…]}: a new consultation, or one to read, rewrite, void
 * and attach files to.
 */
@Named
@ViewScoped
public class ConsultationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsultationService consultations;

    @Inject
    ClientService clients;

    private String client;
    /** Whose record this is, for the page's title (like the list: not journaled). */
    private String clientName;
    private String id;
    private long clientId;
    private ConsultationView consultation;

    private LocalDate heldOn;
    private String reason;
    private String notes;
    private String followUp;
    private String sharedSummary;
    private String voidReason;
    private transient Part upload;

    public String getClientName() {
        return clientName;
    }

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            clientId = Long.parseLong(client == null ? "" : client);
            clientName = clients.summaries(List.of(clientId)).stream().findFirst()
                    .map(c -> c.firstName() + " " + c.lastName()).orElseThrow(NotFoundException::new);
            if (id != null && !id.isBlank()) {
                consultation = consultations.get(Long.parseLong(id));
                if (consultation.clientId() != clientId) {
                    throw new NotFoundException();
                }
                var form = consultation.form();
                heldOn = form.heldOn();
                reason = form.reason();
                notes = form.notes();
                followUp = form.followUp();
                sharedSummary = form.sharedSummary();
            }
        } catch (NumberFormatException | NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String save() {
        long saved;
        try {
            saved = consultations.save(clientId, consultation == null ? null : consultation.id(),
                    new ConsultationForm(heldOn, reason, notes, followUp, sharedSummary));
        } catch (BusinessException e) {
            Messages.show(e);
            return null;
        }
        Messages.flash("consultation.saved");
        return page(saved);
    }

    public String attach() {
        if (upload == null || upload.getSize() == 0) {
            Messages.error("upload", "attachment.empty");
            return null;
        }
        try (InputStream in = upload.getInputStream()) {
            // One byte more than allowed is enough to refuse: a larger file is never read whole.
            byte[] content = in.readNBytes(consultations.maxAttachmentBytes() + 1);
            consultations.attach(consultation.id(), new Upload(upload.getSubmittedFileName(), content));
        } catch (BusinessException e) {
            Messages.show(e);
            return null;
        } catch (IOException e) {
            Messages.error("upload", "attachment.unreadable");
            return null;
        }
        Messages.flash("attachment.added");
        return page(consultation.id());
    }

    public String voidIt() {
        try {
            consultations.voidConsultation(consultation.id(), voidReason);
        } catch (BusinessException e) {
            Messages.show(e);
            return null;
        }
        Messages.flash("consultation.voided");
        return page(consultation.id());
    }

    private String page(long consultationId) {
        return "/cabinet/clients/consultation.xhtml?faces-redirect=true&client=" + clientId + "&id=" + consultationId;
    }

    public ConsultationView getConsultation() {
        return consultation;
    }

    public long getClientId() {
        return clientId;
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = followUp;
    }

    public String getSharedSummary() {
        return sharedSummary;
    }

    public void setSharedSummary(String sharedSummary) {
        this.sharedSummary = sharedSummary;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public void setVoidReason(String voidReason) {
        this.voidReason = voidReason;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
