package app.carnet.web.view;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/** The language of the screens: French unless the user picks English. */
@Named
@SessionScoped
public class LanguageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Set<String> SUPPORTED = Set.of("fr", "en");

    private String language = "fr";

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public String getLanguage() {
        return language;
    }

    public void change(String requested) {
        if (SUPPORTED.contains(requested)) {
            language = requested;
            FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
        }
    }
}
