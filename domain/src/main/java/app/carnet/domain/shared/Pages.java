package app.carnet.domain.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The addresses of Carnet's pages, as emails give them, from {@code carnet.base-url}. */
@ApplicationScoped
public class Pages {

    @Inject
    @ConfigProperty(name = "carnet.base-url")
    String baseUrl;

    /** @param page the page's path, starting with "/" */
    public String address(String page) {
        return baseUrl.replaceAll("/+$", "") + page;
    }
}
