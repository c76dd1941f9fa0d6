package app.carnet.web.view.portail;

import app.carnet.domain.account.AccountService;
import app.carnet.domain.account.InvitationState;
import app.carnet.domain.shared.BusinessException;
import app.carnet.web.view.LanguageBacking;
import app.carnet.web.view.Messages;
import app.carnet.web.view.NewPassword;
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
    private final NewPassword newPassword = new NewPassword();

    /** Opens the page in the language the practitioner chose for this client. */
    public void load() {
        var invitation = accounts.invitation(token);
        state = invitation.state();
        invitation.language().ifPresent(language::change);
    }

    public String accept() {
        try {
            accounts.acceptInvitation(token, newPassword.getPassword(), newPassword.getConfirmation());
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

    public NewPassword getNewPassword() {
        return newPassword;
    }
}
