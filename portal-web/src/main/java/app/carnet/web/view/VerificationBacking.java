package app.carnet.web.view;

import app.carnet.web.security.CodeCredential;
import app.carnet.web.security.PendingLogin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;

/**
 * {@code /cabinet/verification.xhtml} and {@code /portail/verification.xhtml}: the second step of a login, a
 * code of the app or a recovery code. Open to anyone, but only useful while this session's login waits for
 * its code; after 5 wrong codes, or 5 minutes, the user starts again from the password.
 */
@Named
@RequestScoped
public class VerificationBacking {

    @Inject
    LoginFlow flow;
    @Inject
    PendingLogin pending;

    private String code;

    /** Opened without a login waiting (or too late): back to the login page. */
    public String check() {
        return pending.isWaiting(flow.realm()) ? null : LoginFlow.loginPage(flow.realm()) + "?faces-redirect=true";
    }

    public String verify() {
        var realm = flow.realm();
        var status = flow.authenticate(new CodeCredential(realm, code));
        code = null;
        if (status == AuthenticationStatus.SUCCESS) {
            return flow.home(realm);
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            return null;
        }
        if (pending.isWaiting(realm)) {
            Messages.error("code", "verification.wrongCode");
            return null;
        }
        Messages.flashError("verification.ended");
        return LoginFlow.loginPage(realm) + "?faces-redirect=true";
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
