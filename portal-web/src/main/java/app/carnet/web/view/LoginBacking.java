package app.carnet.web.view;

import app.carnet.domain.account.Realm;
import app.carnet.domain.account.Sessions;
import app.carnet.domain.client.ClientPortalService;
import app.carnet.web.security.RealmCredential;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The login pages of the back office and of the portal, and logging out. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;
    @Inject
    FacesContext faces;
    @Inject
    LanguageBacking language;
    @Inject
    ClientPortalService portal;
    @Inject
    Sessions sessions;

    private String email;
    private String password;

    public String loginStaff() {
        return login(Realm.STAFF, "/cabinet/index.xhtml?faces-redirect=true");
    }

    public String loginClient() {
        String outcome = login(Realm.CLIENT, "/portail/index.xhtml?faces-redirect=true");
        if (outcome != null) {
            language.adopt(portal.identity().language());
        }
        return outcome;
    }

    private String login(Realm realm, String home) {
        var external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        var status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new RealmCredential(realm, email, password, request.getRemoteAddr())));
        password = null;
        return switch (status) {
            case SUCCESS -> home;
            case SEND_CONTINUE -> {
                faces.responseComplete();
                yield null;
            }
            default -> {
                Messages.error(null, "login.failed");
                yield null;
            }
        };
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
