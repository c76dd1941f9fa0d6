package app.carnet.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The policy as PrimeFaces reads it ({@code primefaces.CSP_POLICY} in web.xml), to which it adds its nonce. */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {

    public String getPolicy() {
        return SecurityHeadersFilter.CSP;
    }
}
