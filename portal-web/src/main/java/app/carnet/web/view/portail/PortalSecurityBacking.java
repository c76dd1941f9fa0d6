package app.carnet.web.view.portail;

import app.carnet.domain.account.TotpSetup;
import app.carnet.domain.account.TwoFactorService;
import app.carnet.domain.account.TwoFactorStatus;
import app.carnet.domain.shared.BusinessException;
import app.carnet.web.view.LoginFlow;
import app.carnet.web.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /portail/securite.xhtml}: a client switches the second factor on (QR code, a code to confirm, the
 * recovery codes once) or off, and renews the recovery codes; every change but the first on a current code.
 */
@Named
@ViewScoped
public class PortalSecurityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TwoFactorService twoFactor;
    @Inject
    LoginFlow flow;

    private TwoFactorStatus status;
    private TotpSetup setup;
    private List<String> recoveryCodes = List.of();
    private transient String code;

    @PostConstruct
    void load() {
        status = twoFactor.status();
    }

    public void start() {
        setup = twoFactor.newSetup();
    }

    public void enable() {
        try {
            var enrolled = twoFactor.enable(setup.secret(), code);
            setup = null;
            recoveryCodes = enrolled.recoveryCodes();
            status = twoFactor.status();
            flow.loginAgain(enrolled.ticket());
            Messages.info("portal.security.enabled");
        } catch (BusinessException e) {
            Messages.show(e);
        } finally {
            code = null;
        }
    }

    public String disable() {
        try {
            twoFactor.disable(code);
        } catch (BusinessException e) {
            Messages.show(e);
            code = null;
            return null;
        }
        Messages.flash("portal.security.disabled");
        return "/portail/securite.xhtml?faces-redirect=true";
    }

    public void renew() {
        try {
            recoveryCodes = twoFactor.renewRecoveryCodes(code);
            status = twoFactor.status();
            Messages.info("security.renewed");
        } catch (BusinessException e) {
            Messages.show(e);
        } finally {
            code = null;
        }
    }

    public TwoFactorStatus getStatus() {
        return status;
    }

    public boolean isEnabled() {
        return status.enabled();
    }

    /** Between "switch on" and the code that confirms it. */
    public boolean isSettingUp() {
        return setup != null;
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
