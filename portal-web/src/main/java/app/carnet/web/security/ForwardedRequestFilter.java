package app.carnet.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The transport as the visitor sees it. Behind a reverse proxy listed in {@code carnet.proxy.trusted}, the
 * visitor's address comes from {@code X-Forwarded-For} (the last address the proxies did not add) and
 * HTTPS from {@code X-Forwarded-Proto}; from any other address those headers are ignored, so nobody can
 * pose as another address to get round the login throttle. When Carnet serves HTTPS itself
 * ({@code carnet.https-port}), a plain HTTP request is redirected to it (but for health checks).
 */
public class ForwardedRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> HEALTH = Set.of("/health", "/health/live", "/health/ready", "/health/started");

    @Inject
    @ConfigProperty(name = "carnet.proxy.trusted")
    Optional<String> trusted;
    @Inject
    @ConfigProperty(name = "carnet.https-port")
    Optional<Integer> httpsPort;
    @Inject
    @ConfigProperty(name = "carnet.base-url")
    String baseUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest seen = proxies().contains(request.getRemoteAddr()) ? new Forwarded(request, proxies())
                : request;
        if (httpsPort.isPresent() && !seen.isSecure() && !isHealthCheck(request)) {
            String query = request.getQueryString();
            String port = httpsPort.get() == 443 ? "" : ":" + httpsPort.get();
            response.setStatus(308); // keeps the method and the body
            // The host comes from Carnet's own address, never from the request's Host header.
            response.setHeader("Location", "https://" + URI.create(baseUrl).getHost() + port + request.getRequestURI()
                    + (query == null ? "" : "?" + query));
            return;
        }
        chain.doFilter(seen, response);
    }

    /** Health checks come over plain HTTP from inside the host (Docker, an orchestrator). */
    private static boolean isHealthCheck(HttpServletRequest request) {
        return HEALTH.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }

    private List<String> proxies() {
        return trusted.map(t -> Arrays.stream(t.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** A request that came through trusted proxies. */
    static final class Forwarded extends HttpServletRequestWrapper {

        private final String address;
        private final boolean secure;

        Forwarded(HttpServletRequest request, List<String> proxies) {
            super(request);
            this.address = visitor(request.getHeader("X-Forwarded-For"), proxies).orElse(request.getRemoteAddr());
            String proto = request.getHeader("X-Forwarded-Proto");
            this.secure = request.isSecure() || "https".equalsIgnoreCase(proto == null ? "" : proto.strip());
        }

        /** The right-most address of the list that is not one of the proxies: the one the first proxy saw. */
        static Optional<String> visitor(String forwardedFor, List<String> proxies) {
            if (forwardedFor == null || forwardedFor.isBlank()) {
                return Optional.empty();
            }
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].strip();
                if (!hop.isEmpty() && !proxies.contains(hop)) {
                    return Optional.of(hop);
                }
            }
            return Optional.empty();
        }

        @Override
        public String getRemoteAddr() {
            return address;
        }

        @Override
        public String getRemoteHost() {
            return address;
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getScheme() {
            return secure ? "https" : super.getScheme();
        }
    }
}
