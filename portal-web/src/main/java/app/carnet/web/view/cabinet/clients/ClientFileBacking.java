package app.carnet.web.view.cabinet.clients;

import app.carnet.domain.account.AccountService;
import app.carnet.domain.advice.AdviceService;
import app.carnet.domain.advice.AdviceView;
import app.carnet.domain.client.ClientService;
import app.carnet.domain.client.ClientView;
import app.carnet.domain.consultation.ConsultationLine;
import app.carnet.domain.consultation.ConsultationService;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Dates;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.domain.staff.StaffMemberView;
import app.carnet.domain.staff.StaffRole;
import app.carnet.domain.staff.StaffView;
import app.carnet.domain.staff.TeamService;
import app.carnet.web.view.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** {@code /cabinet/clients/fiche.xhtml?id=…}: one client's file. */
@Named
@ViewScoped
public class ClientFileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientService clients;
    @Inject
    AccountService accounts;

    @Inject
    TeamService team;
    @Inject
    ConsultationService consultationRecords;
    @Inject
    AdviceService adviceRecords;

    private String id;
    private ClientView client;
    private boolean owner;
    private boolean portalActive;
    private List<StaffView> sharedWith = List.of();
    private List<StaffMemberView> shareable = List.of();
    private Long shareWith;
    private LocalDate endedOn;
    private List<ConsultationLine> consultations = List.of();
    private List<AdviceView> advice = List.of();

    public void load() throws IOException {
        try {
            client = clients.get(Long.parseLong(id == null ? "" : id));
            consultations = consultationRecords.list(client.id());
            advice = adviceRecords.list(client.id());
            owner = FacesContext.getCurrentInstance().getExternalContext().isUserInRole("OWNER");
            if (owner) {
                portalActive = accounts.hasPortalAccount(client.id());
                loadSharing();
            }
        } catch (NumberFormatException | NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Ends the relationship on the day typed, today when left empty. */
    public String end() {
        try {
            clients.end(client.id(), endedOn == null ? LocalDate.now(Dates.PARIS) : endedOn);
        } catch (BusinessException e) {
            Messages.errorAt("relationship:endedOn", e.messageKey());
            return null;
        }
        Messages.flash("clients.file.ended.done");
        return reload();
    }

    public String resume() {
        clients.resume(client.id());
        Messages.flash("clients.file.resumed");
        return reload();
    }

    private String reload() {
        return "/cabinet/clients/fiche.xhtml?faces-redirect=true&id=" + client.id();
    }

    public List<AdviceView> getAdvice() {
        return advice;
    }

    public List<ConsultationLine> getConsultations() {
        return consultations;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public String reinvite() {
        try {
            accounts.reinvite(client.id());
        } catch (BusinessException e) {
            Messages.flashError(e.messageKey()); // the client opened the account meanwhile
            return reload();
        }
        Messages.flash("clients.file.reinvited");
        return "/cabinet/clients/fiche.xhtml?faces-redirect=true&id=" + client.id();
    }

    /** Shares the file with the chosen partner or replacement. */
    public void share() {
        if (shareWith != null) {
            clients.share(client.id(), shareWith);
            Messages.info("clients.file.shared");
        }
        shareWith = null;
        loadSharing();
    }

    public void unshare(long staffId) {
        clients.unshare(client.id(), staffId);
        loadSharing();
    }

    private void loadSharing() {
        sharedWith = clients.sharedWith(client.id());
        var already = sharedWith.stream().map(StaffView::id).collect(Collectors.toSet());
        shareable = team.team().stream().filter(m -> m.role() != StaffRole.OWNER && m.endedAt() == null
                && !already.contains(m.id())).toList();
    }

    public boolean isOwner() {
        return owner;
    }

    public List<StaffView> getSharedWith() {
        return sharedWith;
    }

    public List<StaffMemberView> getShareable() {
        return shareable;
    }

    public Long getShareWith() {
        return shareWith;
    }

    public void setShareWith(Long shareWith) {
        this.shareWith = shareWith;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ClientView getClient() {
        return client;
    }

    public boolean isPortalActive() {
        return portalActive;
    }
}
