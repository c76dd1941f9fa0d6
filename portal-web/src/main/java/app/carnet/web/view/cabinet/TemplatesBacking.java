package app.carnet.web.view.cabinet;

import app.carnet.domain.advice.AdviceService;
import app.carnet.domain.advice.TemplateView;
import app.carnet.domain.shared.BusinessException;
import app.carnet.web.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** {@code /cabinet/modeles.xhtml}: the practice's advice templates, written once and used for any client. */
@Named
@ViewScoped
public class TemplatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AdviceService advice;

    private List<TemplateView> templates;
    private Long editing;
    private String templateTitle;
    private String templateBody;

    @PostConstruct
    void load() {
        templates = advice.templates();
    }

    public void edit(TemplateView template) {
        editing = template.id();
        templateTitle = template.title();
        templateBody = template.body();
    }

    public void startNew() {
        editing = null;
        templateTitle = null;
        templateBody = null;
    }

    public void save() {
        try {
            editing = advice.saveTemplate(editing, templateTitle, templateBody);
        } catch (BusinessException e) {
            Messages.show(e);
            return;
        }
        Messages.info("templates.saved");
        templates = advice.templates();
    }

    public List<TemplateView> getTemplates() {
        return templates;
    }

    public Long getEditing() {
        return editing;
    }

    public String getTemplateTitle() {
        return templateTitle;
    }

    public void setTemplateTitle(String templateTitle) {
        this.templateTitle = templateTitle;
    }

    public String getTemplateBody() {
        return templateBody;
    }

    public void setTemplateBody(String templateBody) {
        this.templateBody = templateBody;
    }
}
