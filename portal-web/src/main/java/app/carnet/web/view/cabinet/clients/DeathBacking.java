package app.carnet.web.view.cabinet.clients;

import app.carnet.domain.client.ClientService;
import app.carnet.domain.client.ClientView;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.rights.directive.DeathForm;
import app.carnet.rights.directive.DeathService;
import app.carnet.rights.directive.DeathSource;
import app.carnet.rights.directive.DeathView;
import app.carnet.rights.directive.DirectiveCategory;
import app.carnet.rights.directive.DirectiveView;
import app.carnet.rights.directive.HeirsRequestForm;
import app.carnet.rights.directive.HeirsRequestKind;
import app.carnet.rights.directive.HeirsRequestView;
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
 * {@code /cabinet/clients/deces.xhtml?id=…} (owner): a client's death (Loi Informatique et Libertés art. 84–86;
 * law.md C-R7): the directives in force, the form that records the death and carries them out, what was done, and,
 * without directives, what the heirs may still ask (art. 85 II) with the requests recorded.
 */
@Named
@ViewScoped
public class DeathBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A little above the document's limit, so that a larger one gets the service's message. */
    private static final long READ_LIMIT = 8L * 1024 * 1024 + 1;

    @Inject
    ClientService clients;
    @Inject
    DeathService deaths;

    private String id;
    private ClientView client;
    private DeathView death;
    private DirectiveView inForce;
    private List<HeirsRequestView> heirsRequests = List.of();

    private LocalDate diedOn;
    private DeathSource learntHow;
    private String learntDetail;
    private transient Part document;

    private String requester;
    private HeirsRequestKind kind;
    private String detail;
    private LocalDate receivedOn;

    public void load() throws IOException {
        try {
            client = clients.get(Long.parseLong(id == null ? "" : id));
            refresh();
        } catch (NumberFormatException | NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void refresh() {
        death = deaths.death(client.id()).orElse(null);
        var versions = deaths.directives(client.id());
        inForce = versions.stream().filter(DirectiveView::current).filter(v -> !v.revoked()).findFirst().orElse(null);
        if (death != null) {
            Integer version = death.directiveVersion();
            inForce = version == null ? null
                    : versions.stream().filter(v -> v.version() == version).findFirst().orElse(null);
        }
        heirsRequests = deaths.heirsRequests(client.id());
    }

    public String record() {
        byte[] content = null;
        if (document != null && document.getSize() > 0) {
            try (InputStream in = document.getInputStream()) {
                content = in.readNBytes((int) READ_LIMIT);
            } catch (IOException e) {
                Messages.error("document", "directives.document.unreadable");
                return null;
            }
        }
        try {
            deaths.record(client.id(), new DeathForm(diedOn, learntHow, learntDetail, content));
        } catch (BusinessException e) {
            Messages.show(e);
            return null;
        }
        Messages.flash("directives.death.recorded");
        return "/cabinet/clients/deces.xhtml?faces-redirect=true&id=" + client.id();
    }

    public void recordHeirsRequest() {
        try {
            deaths.recordHeirsRequest(client.id(), new HeirsRequestForm(requester, kind, detail, receivedOn));
        } catch (BusinessException e) {
            for (var violation : e.violations()) { // next to its field of this form, which is not "form"
                Messages.errorAt(violation.field() == null ? null : "heirs:" + violation.field(),
                        violation.messageKey());
            }
            return;
        }
        requester = null;
        kind = null;
        detail = null;
        receivedOn = null;
        heirsRequests = deaths.heirsRequests(client.id());
        Messages.info("directives.heirs.recorded");
    }

    /** The first part of an outcome line, its message key. */
    public String outcomeKey(String line) {
        int bar = line.indexOf('|');
        return bar < 0 ? line : line.substring(0, bar);
    }

    /** What follows the key, categories translated. */
    public String outcomeDetail(String line) {
        int bar = line.indexOf('|');
        if (bar < 0) {
            return "";
        }
        String detail = line.substring(bar + 1);
        if (detail.matches("[A-Z_,]+")) {
            return String.join(", ", java.util.Arrays.stream(detail.split(","))
                    .map(c -> Messages.text("enum.DirectiveCategory." + c)).toList());
        }
        return detail;
    }

    public List<DirectiveCategory> getCategories() {
        return List.of(DirectiveCategory.values());
    }

    public List<DeathSource> getSources() {
        return List.of(DeathSource.values());
    }

    public List<HeirsRequestKind> getKinds() {
        return List.of(HeirsRequestKind.values());
    }

    public ClientView getClient() {
        return client;
    }

    public DeathView getDeath() {
        return death;
    }

    public DirectiveView getInForce() {
        return inForce;
    }

    public List<HeirsRequestView> getHeirsRequests() {
        return heirsRequests;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LocalDate getDiedOn() {
        return diedOn;
    }

    public void setDiedOn(LocalDate diedOn) {
        this.diedOn = diedOn;
    }

    public DeathSource getLearntHow() {
        return learntHow;
    }

    public void setLearntHow(DeathSource learntHow) {
        this.learntHow = learntHow;
    }

    public String getLearntDetail() {
        return learntDetail;
    }

    public void setLearntDetail(String learntDetail) {
        this.learntDetail = learntDetail;
    }

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }

    public String getRequester() {
        return requester;
    }

    public void setRequester(String requester) {
        this.requester = requester;
    }

    public HeirsRequestKind getKind() {
        return kind;
    }

    public void setKind(HeirsRequestKind kind) {
        this.kind = kind;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }
}
