package app.carnet.web.view.cabinet.securite;

import app.carnet.domain.account.TotpSetup;
import app.carnet.domain.account.TwoFactorService;
import app.carnet.domain.account.TwoFactorStatus;
import app.carnet.domain.shared.BusinessException;
import app.carnet.web.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /cabinet/securite/index.xhtml}: the staff member's second factor. New recovery codes, or a new
 * app, each on a current code; the second factor cannot be switched off.
 */
@Named
@ViewScoped
public class SecurityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TwoFactorService twoFactor;

    private TwoFactorStatus status;
    private TotpSetup setup;
    private List<String> recoveryCodes = List.of();
    private transient String code;
    private transient String newCode;

    @PostConstruct
    void load() {
        status = twoFactor.status();
    }

    public void renew() {
        try {
            recoveryCodes = twoFactor.renewRecoveryCodes(code);
            setup = null;
            status = twoFactor.status();
            Messages.info("security.renewed");
        } catch (BusinessException e) {
            Messages.show(e);
        } finally {
            code = null;
            newCode = null;
        }
    }

    /** Shows a new secret; the current app keeps working until a code of both confirms the change. */
    public void startReplace() {
        setup = twoFactor.newSetup();
        recoveryCodes = List.of();
    }

    public void cancelReplace() {
        setup = null;
    }

    public void replace() {
        try {
            recoveryCodes = twoFactor.replace(code, setup.secret(), newCode);
            setup = null;
            status = twoFactor.status();
            Messages.info("security.replaced");
        } catch (BusinessException e) {
            Messages.show(e);
        } finally {
            code = null;
            newCode = null;
        }
    }

    public TwoFactorStatus getStatus() {
        return status;
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

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }
}
