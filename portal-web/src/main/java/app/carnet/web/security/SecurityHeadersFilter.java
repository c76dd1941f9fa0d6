package app.carnet.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every answer. The Content-Security-Policy names no host but this one: a page of Carnet
 * cannot load a script, a style, a font or an image from elsewhere, nor send data elsewhere.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * No inline script, no eval, no other host. On pages, PrimeFaces (primefaces.CSP) sends this policy itself
     * with a nonce added to {@code script-src} (which must stay last) for the scripts it writes; inline styles
     * are allowed, as PrimeFaces' components position themselves with style attributes.
     */
    public static final String CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'; script-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isFacesView(request)) {
            response.setHeader("Content-Security-Policy", CSP); // pages: PrimeFaces sends it, with its nonce
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = request.getServletPath();
        if (path.startsWith("/cabinet/") || path.startsWith("/portail/") || path.equals("/installation.xhtml")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    private static boolean isFacesView(HttpServletRequest request) {
        String path = request.getServletPath();
        return (path.endsWith(".xhtml") || path.equals("/")) && !path.startsWith("/jakarta.faces.resource/");
    }
}
