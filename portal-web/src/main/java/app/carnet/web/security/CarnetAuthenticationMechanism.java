package app.carnet.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Form login for two realms: the back office ({@code /cabinet}) and the portal ({@code /portail}).
 * The login pages call {@code SecurityContext.authenticate} with a {@link RealmCredential} (the password),
 * then, for an account with a second factor, a {@link CodeCredential}; {@link CarnetIdentityStore} checks
 * them. A visitor who asks for a protected page is sent to the login page of its realm.
 * <p>
 * The session remembers the caller's name and groups, and every request tells the container both. Jakarta
 * Security's {@code @AutoApplySession} does the same from the session's principal, but Payara then loses the groups
 * now and then under concurrent requests, and answers 403 to a logged-in caller (payara/Payara#6145; seen with
 * simultaneous bookings).
 */
@ApplicationScoped
public class CarnetAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String STAFF_LOGIN = "/cabinet/connexion.xhtml";
    public static final String CLIENT_LOGIN = "/portail/connexion.xhtml";
    private static final String CALLER = "carnet.caller";
    private static final String GROUPS = "carnet.callerGroups";

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
                var session = request.getSession();
                session.setAttribute(CALLER, result.getCallerPrincipal().getName());
                session.setAttribute(GROUPS, new HashSet<>(result.getCallerGroups()));
                sessions.started(session, result.getCallerGroups().contains("CLIENT"));
                return status;
            }
            // The login page says so itself: no 401 error page.
            return AuthenticationStatus.SEND_FAILURE;
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof String caller
                && session.getAttribute(GROUPS) instanceof Set<?> groups) {
            return context.notifyContainerAboutLogin(caller, groups.stream().map(String.class::cast)
                    .collect(Collectors.toSet()));
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

    /** A logout: the session no longer names the caller. */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        forgetCaller(request);
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** The session no longer names a caller (a logout, or a new login about to be tried). */
    public static void forgetCaller(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
            session.removeAttribute(GROUPS);
        }
    }
}
