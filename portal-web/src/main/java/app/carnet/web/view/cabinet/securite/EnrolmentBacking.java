package app.carnet.web.view.cabinet.securite;

import app.carnet.domain.account.Authenticator;
import app.carnet.domain.account.TotpSetup;
import app.carnet.domain.account.TwoFactorService;
import app.carnet.domain.shared.BusinessException;
import app.carnet.web.view.LoginFlow;
import app.carnet.web.view.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /cabinet/securite/double-authentification.xhtml}: a staff member without a second factor sets it up
 * before anything else (the only page its session may open): QR code, a code to confirm, then the recovery
 * codes once. The confirmation logs the session in again with the staff member's role and a new id.
 */
@Named
@ViewScoped
public class EnrolmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TwoFactorService twoFactor;
    @Inject
    LoginFlow flow;

    private TotpSetup setup;
    private List<String> recoveryCodes = List.of();
    private transient String code;

    /**
     * A new secret for this view. A staff member who has a second factor has nothing to do here; a session
     * still waiting for enrolment when the account got its second factor elsewhere must log in again.
     */
    public String load() {
        if (!twoFactor.status().enabled()) {
            setup = twoFactor.newSetup();
            return null;
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.isUserInRole(Authenticator.STAFF_ENROLMENT)) {
            external.invalidateSession();
            return "/cabinet/connexion.xhtml?faces-redirect=true";
        }
        return "/cabinet/securite/index.xhtml?faces-redirect=true";
    }

    public void confirm() {
        try {
            var enrolled = twoFactor.enable(setup.secret(), code);
            setup = null;
            recoveryCodes = enrolled.recoveryCodes();
            flow.loginAgain(enrolled.ticket());
        } catch (BusinessException e) {
            Messages.show(e);
        } finally {
            code = null;
        }
    }

    public TotpSetup getSetup() {
        return setup;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
