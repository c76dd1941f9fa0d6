package app.carnet.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: HttpOnly, only ever in a cookie (web.xml), SameSite=Lax (pre-boot-commands.txt: Payara
 * takes it from its listeners only); Secure when the request came
 * over HTTPS, and always — with the {@code __Host-} prefix, which browsers refuse over HTTP — once
 * {@code carnet.secure-cookies} says that Carnet is only reached over HTTPS (directly or through a proxy).
 */
@WebListener
public class CookiePolicy implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig().getOptionalValue("carnet.secure-cookies", Boolean.class)
                .orElse(false);
        var cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setName(secure ? "__Host-carnet-session" : "carnet-session");
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        if (secure) {
            cookie.setSecure(true);
        }
    }
}
