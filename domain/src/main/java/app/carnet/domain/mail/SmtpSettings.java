package app.carnet.domain.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The SMTP server the practitioner configured, if any. */
@ApplicationScoped
class SmtpSettings {

    @Inject
    @ConfigProperty(name = "carnet.smtp.host")
    Optional<String> host;
    @Inject
    @ConfigProperty(name = "carnet.smtp.port")
    int port;
    @Inject
    @ConfigProperty(name = "carnet.smtp.username")
    Optional<String> username;
    @Inject
    @ConfigProperty(name = "carnet.smtp.password")
    Optional<String> password;
    @Inject
    @ConfigProperty(name = "carnet.smtp.starttls")
    boolean starttls;
    @Inject
    @ConfigProperty(name = "carnet.mail.from")
    String from;

    boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    String from() {
        return from;
    }

    Session session() {
        var props = new Properties();
        props.put("mail.smtp.host", host.orElseThrow());
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.writetimeout", "20000");
        props.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        props.put("mail.smtp.starttls.required", Boolean.toString(starttls));
        props.put("mail.smtp.ssl.checkserveridentity", "true");
        if (username.isPresent()) {
            props.put("mail.smtp.auth", "true");
            return Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(username.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(props);
    }
}
