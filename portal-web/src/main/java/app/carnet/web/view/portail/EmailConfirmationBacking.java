package app.carnet.web.view.portail;

import app.carnet.domain.account.RegistrationService;
import app.carnet.domain.shared.BusinessException;
import app.carnet.web.view.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * {@code /portail/confirmation.xhtml?jeton=…}: confirms the address and sets the password, on a form, not on
 * opening the page (mail scanners open links too).
 */
@Named
@ViewScoped
public class EmailConfirmationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationService registrations;

    private String token;
    private boolean valid;
    private transient String password;
    private transient String passwordConfirmation;

    public void load() {
        valid = registrations.isValid(token);
    }

    public String confirm() {
        try {
            registrations.confirm(token, password, passwordConfirmation);
        } catch (BusinessException e) {
            valid = registrations.isValid(token);
            if (valid) {
                Messages.show(e);
            }
            return null;
        }
        Messages.flash("confirmation.done");
        return "/portail/connexion.xhtml?faces-redirect=true";
    }

    public boolean isValid() {
        return valid;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordConfirmation() {
        return passwordConfirmation;
    }

    public void setPasswordConfirmation(String passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
