package app.carnet.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForwardedRequestFilterTest {

    private static final List<String> PROXIES = List.of("10.0.0.2", "10.0.0.3");

    @Test
    void visitor_shouldBeTheLastAddressNoTrustedProxyAdded() {
        assertEquals(Optional.of("203.0.113.9"), ForwardedRequestFilter.Forwarded.visitor("203.0.113.9", PROXIES));
        assertEquals(Optional.of("203.0.113.9"),
                ForwardedRequestFilter.Forwarded.visitor("198.51.100.1, 203.0.113.9, 10.0.0.3", PROXIES),
                "what the visitor wrote first is not believed");
        assertEquals(Optional.empty(), ForwardedRequestFilter.Forwarded.visitor("10.0.0.3, 10.0.0.2", PROXIES));
        assertEquals(Optional.empty(), ForwardedRequestFilter.Forwarded.visitor(null, PROXIES));
    }

    @Test
    void forwarded_shouldTakeAddressAndHttpsFromTheProxy() {
        var request = request("10.0.0.2", Map.of("X-Forwarded-For", "203.0.113.9", "X-Forwarded-Proto", "https"));
        var seen = new ForwardedRequestFilter.Forwarded(request, PROXIES);
        assertEquals("203.0.113.9", seen.getRemoteAddr());
        assertTrue(seen.isSecure());
        assertEquals("https", seen.getScheme());

        var plain = new ForwardedRequestFilter.Forwarded(request("10.0.0.2", Map.of()), PROXIES);
        assertEquals("10.0.0.2", plain.getRemoteAddr());
        assertFalse(plain.isSecure());
    }

    private static HttpServletRequest request(String remote, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "getHeader" -> headers.get((String) args[0]);
                    case "isSecure" -> false;
                    case "getScheme" -> "http";
                    default -> null;
                });
    }
}
