package app.carnet.web.view.portail;

import app.carnet.domain.shared.BusinessException;
import app.carnet.rights.directive.DirectiveCategory;
import app.carnet.rights.directive.DirectiveChoice;
import app.carnet.rights.directive.DirectiveForm;
import app.carnet.rights.directive.DirectiveView;
import app.carnet.rights.directive.PortalDirectives;
import app.carnet.web.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /portail/directives.xhtml}: the client's particular directives after death (Loi Informatique et Libertés
 * art. 85): what happens at death, the directives in force, the form that gives, changes or revokes them with its own
 * consent, and every version.
 */
@Named
@ViewScoped
public class PortalDirectivesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalDirectives directives;

    private List<DirectiveView> versions = List.of();
    private DirectiveView inForce;
    private final Map<String, String> choices = new HashMap<>();
    private String designeeName;
    private String designeeEmail;
    private String note;
    private boolean consent;

    @PostConstruct
    void load() {
        versions = directives.versions();
        inForce = directives.inForce().orElse(null);
        choices.clear();
        designeeName = null;
        designeeEmail = null;
        note = null;
        consent = false; // given again for each version: a specific consent, never presumed
        var terms = inForce == null ? null : inForce.terms();
        if (terms != null) {
            terms.choices().forEach((category, choice) -> choices.put(category.name(), choice.name()));
            designeeName = terms.designeeName();
            designeeEmail = terms.designeeEmail();
            note = terms.note();
        }
    }

    public void file() {
        var form = new EnumMap<DirectiveCategory, DirectiveChoice>(DirectiveCategory.class);
        choices.forEach((category, choice) -> {
            if (choice != null && !choice.isEmpty()) {
                form.put(DirectiveCategory.valueOf(category), DirectiveChoice.valueOf(choice));
            }
        });
        try {
            directives.file(new DirectiveForm(form, designeeName, designeeEmail, note, consent));
        } catch (BusinessException e) {
            Messages.show(e);
            return;
        }
        load();
        Messages.info("directives.filed");
    }

    public void revoke() {
        try {
            directives.revoke();
        } catch (BusinessException e) {
            Messages.show(e);
            return;
        }
        load();
        Messages.info("directives.revoked");
    }

    public List<DirectiveCategory> getCategories() {
        return List.of(DirectiveCategory.values());
    }

    /** The choices a category offers: the file cannot be erased at death. */
    public List<DirectiveChoice> choicesFor(DirectiveCategory category) {
        return category.erasable() ? List.of(DirectiveChoice.values())
                : List.of(DirectiveChoice.KEEP, DirectiveChoice.COMMUNICATE);
    }

    public Map<String, String> getChoices() {
        return choices;
    }

    public List<DirectiveView> getVersions() {
        return versions;
    }

    public DirectiveView getInForce() {
        return inForce;
    }

    public String getDesigneeName() {
        return designeeName;
    }

    public void setDesigneeName(String designeeName) {
        this.designeeName = designeeName;
    }

    public String getDesigneeEmail() {
        return designeeEmail;
    }

    public void setDesigneeEmail(String designeeEmail) {
        this.designeeEmail = designeeEmail;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
