package app.carnet.web.view;

import app.carnet.domain.account.Authenticator;
import app.carnet.domain.account.Realm;
import app.carnet.domain.client.ClientPortalService;
import app.carnet.web.security.TicketCredential;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the login, code and enrolment pages share: handing a credential to the container, and where a
 * caller goes once logged in.
 */
@RequestScoped
public class LoginFlow {

    public static final String STAFF_ENROLMENT_PAGE = "/cabinet/securite/double-authentification.xhtml";

    @Inject
    SecurityContext security;
    @Inject
    FacesContext faces;
    @Inject
    LanguageBacking language;
    @Inject
    ClientPortalService portal;
    @Inject
    app.carnet.web.view.portail.WantedSlot wanted;

    /**
     * A new login with this credential; on success the session gets a new id. A caller already logged in is
     * logged out first (the session stays): otherwise the container would keep the session's login and not
     * even look at the credential.
     */
    public AuthenticationStatus authenticate(Credential credential) {
        var external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            try {
                request.logout();
            } catch (ServletException e) {
                throw new IllegalStateException("The previous login could not end", e);
            }
        }
        app.carnet.web.security.CarnetAuthenticationMechanism.forgetCaller(request); // a refused login leaves nobody
        var status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(credential));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        }
        return status;
    }

    /**
     * Logs the session in again, with a new id, from a ticket of the domain (after enrolment: a staff member
     * gets the full role).
     *
     * @throws IllegalStateException when the ticket is refused, which a ticket just issued never is
     */
    public void loginAgain(String ticket) {
        if (authenticate(new TicketCredential(ticket)) != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("The session could not log in again after enrolment");
        }
    }

    public String address() {
        return ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
    }

    /**
     * The page after a login: a staff member without a second factor goes to its enrolment, before anything
     * else; a client gets the portal in their language (unless this browser chose one), or the slot they chose
     * before logging in, ready to confirm.
     */
    public String home(Realm realm) {
        if (realm == Realm.CLIENT) {
            language.adopt(portal.identity().language());
            return wanted.take().map(page -> page + "&faces-redirect=true")
                    .orElse("/portail/index.xhtml?faces-redirect=true");
        }
        return security.isCallerInRole(Authenticator.STAFF_ENROLMENT) ? STAFF_ENROLMENT_PAGE + "?faces-redirect=true"
                : "/cabinet/index.xhtml?faces-redirect=true";
    }

    /** The area of the current page: the portal's pages are under {@code /portail/}. */
    public Realm realm() {
        return faces.getViewRoot().getViewId().startsWith("/portail/") ? Realm.CLIENT : Realm.STAFF;
    }

    public static String loginPage(Realm realm) {
        return realm == Realm.CLIENT ? "/portail/connexion.xhtml" : "/cabinet/connexion.xhtml";
    }

    public static String codePage(Realm realm) {
        return realm == Realm.CLIENT ? "/portail/verification.xhtml" : "/cabinet/verification.xhtml";
    }
}
