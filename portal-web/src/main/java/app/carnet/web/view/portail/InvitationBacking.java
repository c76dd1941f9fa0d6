package app.carnet.web.view.portail;

import app.carnet.domain.account.AccountService;
import app.carnet.domain.account.InvitationState;
import app.carnet.domain.shared.BusinessException;
import app.carnet.web.view.LanguageBacking;
import app.carnet.web.view.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** {@code /portail/invitation.xhtml?jeton=…}: the client chooses a password from the invitation link. */
@Named
@ViewScoped
public class InvitationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;
    @Inject
    LanguageBacking language;

    private String token;
    private InvitationState state = InvitationState.UNKNOWN;
    private transient String password;
    private transient String passwordConfirmation;

    /** Opens the page in the language the practitioner chose for this client. */
    public void load() {
        var invitation = accounts.invitation(token);
        state = invitation.state();
        invitation.language().ifPresent(language::change);
    }

    public String accept() {
        try {
            accounts.acceptInvitation(token, password, passwordConfirmation);
        } catch (BusinessException e) {
            state = accounts.invitation(token).state();
            if (isValid()) {
                Messages.show(e);
            }
            return null;
        }
        Messages.flash("invitation.done");
        return "/portail/connexion.xhtml?faces-redirect=true";
    }

    public boolean isValid() {
        return state == InvitationState.VALID;
    }

    /** The message key that explains why the link cannot be used. */
    public String getProblem() {
        return "invitation." + state.name().toLowerCase(Locale.ROOT);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
}
