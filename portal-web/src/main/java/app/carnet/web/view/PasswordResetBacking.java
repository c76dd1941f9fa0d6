package app.carnet.web.view;

import app.carnet.domain.account.PasswordResetService;
import app.carnet.domain.account.Realm;
import app.carnet.domain.shared.BusinessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /reinitialisation.xhtml?jeton=…}: a new password from a signed reset link, staff or client. */
@Named
@ViewScoped
public class PasswordResetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordResetService resets;

    private String token;
    private boolean valid;
    private final NewPassword newPassword = new NewPassword();

    public void load() {
        valid = resets.isValid(token);
    }

    public String reset() {
        Realm realm;
        try {
            realm = resets.reset(token, newPassword.getPassword(), newPassword.getConfirmation());
        } catch (BusinessException e) {
            valid = resets.isValid(token);
            if (valid) {
                Messages.show(e);
            }
            return null;
        }
        Messages.flash("reset.done");
        return (realm == Realm.STAFF ? "/cabinet" : "/portail") + "/connexion.xhtml?faces-redirect=true";
    }

    public boolean isValid() {
        return valid;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public NewPassword getNewPassword() {
        return newPassword;
    }
}
