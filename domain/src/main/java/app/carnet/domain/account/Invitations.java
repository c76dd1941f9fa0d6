package app.carnet.domain.account;

import app.carnet.domain.client.ClientContact;
import app.carnet.domain.client.ClientCreated;
import app.carnet.domain.client.Clients;
import app.carnet.domain.mail.DomainEmails;
import app.carnet.domain.mail.Outbox;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.shared.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues invitations and writes the email that carries them, in the transaction that asks for one. */
@ApplicationScoped
class Invitations {

    @Inject
    AccountRepository accounts;
    @Inject
    Clients clients;
    @Inject
    PracticeService practice;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "carnet.invitation.validity-hours")
    int validityHours;
    @Inject
    AccountLinks links;

    void onClientCreated(@Observes ClientCreated created) {
        issue(created.clientId());
    }

    /** Revokes the client's open invitations and sends a new one. */
    void issue(long clientId) {
        var now = clock.instant();
        accounts.findOpenInvitations(clientId).forEach(i -> i.revoke(now));
        String token = Tokens.newToken();
        var expiresAt = now.plus(Duration.ofHours(validityHours));
        accounts.save(new Invitation(clientId, Tokens.hash(token), now, expiresAt));
        ClientContact client = clients.contact(clientId).orElseThrow();
        String practiceName = practice.displayName();
        String link = links.page("/portail/invitation.xhtml") + "?jeton="
                + URLEncoder.encode(token, StandardCharsets.US_ASCII);
        var locale = Locale.forLanguageTag(client.language());
        String expiry = Dates.dateTime(expiresAt, locale);
        outbox.queueForClient(clientId, client.email(), client.language(), DomainEmails.INVITATION, client.firstName(),
                practiceName, link, expiry);
    }
}
