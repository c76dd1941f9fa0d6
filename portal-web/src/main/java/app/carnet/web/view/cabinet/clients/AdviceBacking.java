package app.carnet.web.view.cabinet.clients;

import app.carnet.domain.advice.AdviceForm;
import app.carnet.domain.advice.AdviceService;
import app.carnet.domain.advice.AdviceView;
import app.carnet.domain.advice.TemplateView;
import app.carnet.domain.client.ClientService;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.web.view.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /cabinet/clients/conseil.xhtml?client=…[&id=…]}: advice for a client, started from a template or not,
 * shared in the portal when ready, downloadable as PDF, voided when wrong.
 */
@Named
@ViewScoped
public class AdviceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AdviceService advice;

    @Inject
    ClientService clients;

    private String client;
    /** Whose record this is, for the page's title (like the list: not journaled). */
    private String clientName;
    private String id;
    private long clientId;
    private AdviceView current;
    private List<TemplateView> templates = List.of();
    private Long template;
    private LocalDate writtenOn;
    private String title;
    private String body;
    private String voidReason;

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
            templates = advice.templates();
            if (id != null && !id.isBlank()) {
                current = advice.get(Long.parseLong(id));
                if (current.clientId() != clientId) {
                    throw new NotFoundException();
                }
                writtenOn = current.form().writtenOn();
                title = current.form().title();
                body = current.form().body();
            }
        } catch (NumberFormatException | NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Copies the chosen template into the title and the text, to adapt them to this client. */
    public void applyTemplate() {
        templates.stream().filter(t -> template != null && t.id() == template).findFirst().ifPresent(t -> {
            title = t.title();
            body = t.body();
        });
    }

    public String save() {
        long saved;
        try {
            saved = advice.save(clientId, current == null ? null : current.id(),
                    new AdviceForm(writtenOn, title, body));
        } catch (BusinessException e) {
            Messages.show(e);
            return null;
        }
        Messages.flash("advice.saved");
        return page(saved);
    }

    public String share() {
        advice.share(current.id());
        Messages.flash("advice.shared");
        return page(current.id());
    }

    public String voidIt() {
        try {
            advice.voidAdvice(current.id(), voidReason);
        } catch (BusinessException e) {
            Messages.show(e);
            return null;
        }
        Messages.flash("advice.voided");
        return page(current.id());
    }

    private String page(long adviceId) {
        return "/cabinet/clients/conseil.xhtml?faces-redirect=true&client=" + clientId + "&id=" + adviceId;
    }

    public AdviceView getCurrent() {
        return current;
    }

    public long getClientId() {
        return clientId;
    }

    public List<TemplateView> getTemplates() {
        return templates;
    }

    public Long getTemplate() {
        return template;
    }

    public void setTemplate(Long template) {
        this.template = template;
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

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public void setWrittenOn(LocalDate writtenOn) {
        this.writtenOn = writtenOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public void setVoidReason(String voidReason) {
        this.voidReason = voidReason;
    }
}
