package app.carnet.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The language of the screens: French unless the user picks English. */
@Named
@SessionScoped
public class LanguageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Set<String> SUPPORTED = Set.of("fr", "en");

    static final String COOKIE = "carnet-langue";

    private String language = "fr";
    private boolean chosen;

    /** The language chosen on an earlier visit, kept in a cookie (no personal data: "fr" or "en"). */
    @PostConstruct
    void remember() {
        var context = FacesContext.getCurrentInstance();
        if (context != null && context.getExternalContext().getRequestCookieMap().get(COOKIE) instanceof Cookie cookie
                && SUPPORTED.contains(cookie.getValue())) {
            language = cookie.getValue();
            chosen = true;
        }
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public String getLanguage() {
        return language;
    }

    /** Takes a logged-in client's language, unless this browser chose one already. */
    public void adopt(String preferred) {
        if (!chosen && SUPPORTED.contains(preferred)) {
            language = preferred;
        }
    }

    public void change(String requested) {
        if (SUPPORTED.contains(requested)) {
            language = requested;
            chosen = true;
            var context = FacesContext.getCurrentInstance();
            context.getViewRoot().setLocale(getLocale());
            context.getExternalContext().addResponseCookie(COOKIE, requested, Map.of("maxAge", 60 * 60 * 24 * 365,
                    "path", context.getExternalContext().getRequestContextPath() + "/", "httpOnly", true,
                    "secure", context.getExternalContext().isSecure(), "SameSite", "Lax"));
        }
    }
}
