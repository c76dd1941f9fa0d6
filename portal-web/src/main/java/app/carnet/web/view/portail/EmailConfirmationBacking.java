package app.carnet.web.view.portail;

import app.carnet.domain.account.RegistrationService;
import app.carnet.domain.shared.BusinessException;
import app.carnet.web.view.Messages;
import app.carnet.web.view.NewPassword;
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
    private final NewPassword newPassword = new NewPassword();

    public void load() {
        valid = registrations.isValid(token);
    }

    public String confirm() {
        try {
            registrations.confirm(token, newPassword.getPassword(), newPassword.getConfirmation());
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

    public NewPassword getNewPassword() {
        return newPassword;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
