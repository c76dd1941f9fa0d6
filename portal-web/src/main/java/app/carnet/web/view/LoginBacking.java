package app.carnet.web.view;

import app.carnet.domain.account.Realm;
import app.carnet.domain.account.Sessions;
import app.carnet.web.security.PendingLogin;
import app.carnet.web.security.RealmCredential;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;

/**
 * The login pages of the back office and of the portal, and logging out. A right password for an account
 * with a second factor leads to the code page ({@link VerificationBacking}).
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    LoginFlow flow;
    @Inject
    PendingLogin pending;
    @Inject
    FacesContext faces;
    @Inject
    Sessions sessions;

    private String email;
    private String password;

    public String loginStaff() {
        return login(Realm.STAFF);
    }

    public String loginClient() {
        return login(Realm.CLIENT);
    }

    private String login(Realm realm) {
        var status = flow.authenticate(new RealmCredential(realm, email, password, flow.address()));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            return flow.home(realm);
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            return null;
        }
        if (pending.isWaiting(realm)) {
            return LoginFlow.codePage(realm) + "?faces-redirect=true";
        }
        Messages.error(null, "login.failed");
        return null;
    }

    /** Ends every session of the account, this one included (another device, a lost phone…). */
    public String logoutEverywhere() {
        boolean staff = faces.getExternalContext().getRequestServletPath().startsWith("/cabinet/");
        sessions.logOutEverywhere();
        faces.getExternalContext().invalidateSession();
        return (staff ? "/cabinet" : "/portail") + "/connexion.xhtml?faces-redirect=true&fin=2";
    }

    public String logout() {
        boolean staff = faces.getExternalContext().getRequestServletPath().startsWith("/cabinet/");
        faces.getExternalContext().invalidateSession();
        return (staff ? "/cabinet" : "/portail") + "/connexion.xhtml?faces-redirect=true&fin=1";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
