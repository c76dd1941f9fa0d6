package app.carnet.web.view;

import app.carnet.domain.account.PasswordResetService;
import app.carnet.domain.account.Realm;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code /cabinet/mot-de-passe-oublie.xhtml} and {@code /portail/mot-de-passe-oublie.xhtml}: asks for a reset
 * link. The page answers the same whether the address has an account or not.
 */
@Named
@RequestScoped
public class ForgottenPasswordBacking {

    @Inject
    PasswordResetService resets;

    private String email;
    private boolean sent;

    public void send() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        boolean staff = external.getRequestServletPath().startsWith("/cabinet/");
        resets.request(staff ? Realm.STAFF : Realm.CLIENT, email,
                ((HttpServletRequest) external.getRequest()).getRemoteAddr());
        sent = true;
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
