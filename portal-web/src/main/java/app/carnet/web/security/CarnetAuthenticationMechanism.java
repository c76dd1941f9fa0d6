package app.carnet.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form login for two realms: the back office ({@code /cabinet}) and the portal ({@code /portail}).
 * The login pages call {@code SecurityContext.authenticate} with a {@link RealmCredential} (the password),
 * then, for an account with a second factor, a {@link CodeCredential}; {@link CarnetIdentityStore} checks
 * them. A visitor who asks for a protected page is sent to the login page of its realm.
 */
@AutoApplySession
@ApplicationScoped
public class CarnetAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String STAFF_LOGIN = "/cabinet/connexion.xhtml";
    public static final String CLIENT_LOGIN = "/portail/connexion.xhtml";

    @Inject
    IdentityStoreHandler identityStores;
    @Inject
    SessionPolicy sessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        var credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            var result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.changeSessionId();
                var status = context.notifyContainerAboutLogin(result);
                sessions.started(request.getSession(), result.getCallerGroups().contains("CLIENT"));
                return status;
            }
            // The login page says so itself: no 401 error page.
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (context.isProtected()) {
            String path = request.getServletPath();
            String login = request.getContextPath() + (path.startsWith("/portail/") ? CLIENT_LOGIN : STAFF_LOGIN);
            if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
                login += "?expiree=1"; // the login page says that the session ended and nothing was saved
            }
            if (AjaxRedirect.isAjax(request)) {
                AjaxRedirect.send(response, login);
                return AuthenticationStatus.SEND_CONTINUE;
            }
            return context.redirect(login);
        }
        return context.doNothing();
    }
}
