package app.carnet.web.security;

import app.carnet.domain.account.Sessions;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Ends a session that "log out everywhere" or a password reset revoked after it began, or that began more
 * than {@code carnet.session.max-hours} ago: the next request of that session goes to the login page, which
 * says why.
 */
public class SessionGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    Sessions sessions;
    @Inject
    SessionPolicy policy;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var principal = request.getUserPrincipal();
        var session = request.getSession(false);
        boolean revoked = principal != null && session != null && sessions.revokedAt(principal.getName())
                .filter(at -> !at.isBefore(SessionPolicy.startedAt(session))).isPresent();
        boolean tooOld = principal != null && session != null && !revoked && policy.tooOld(session);
        if (revoked || tooOld) {
            session.invalidate();
            boolean client = principal.getName().startsWith("client:");
            String login = request.getContextPath() + (client ? CarnetAuthenticationMechanism.CLIENT_LOGIN
                    : CarnetAuthenticationMechanism.STAFF_LOGIN) + (revoked ? "?fin=2" : "?expiree=1");
            if (AjaxRedirect.isAjax(request)) {
                AjaxRedirect.send(response, login);
            } else {
                response.sendRedirect(login);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
