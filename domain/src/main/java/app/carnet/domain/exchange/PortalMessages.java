package app.carnet.domain.exchange;

import app.carnet.domain.mail.DomainEmails;
import app.carnet.domain.mail.Outbox;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.restriction.Limitations;
import app.carnet.domain.shared.Pages;
import app.carnet.domain.shared.Principals;
import app.carnet.domain.staff.StaffDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.util.List;

/**
 * The secure messaging as a logged-in client uses it; the client comes from the login. The practitioner is told by
 * email that a message is waiting, with neither its content nor the client's name.
 */
@Stateless
@RolesAllowed("CLIENT")
public class PortalMessages {

    @Inject
    ExchangeRepository exchanges;
    @Inject
    Limitations limitations;
    @Inject
    StaffDirectory staff;
    @Inject
    PracticeService practice;
    @Inject
    Outbox outbox;
    @Inject
    Pages pages;
    @Inject
    SecurityContext security;
    @Inject
    Clock clock;

    /** The conversation, oldest first; the practice's messages are now read. */
    public List<MessageLine> mine() {
        var messages = exchanges.messages(me());
        var now = clock.instant();
        if (!limitations.limited(me())) { // art. 18: a limited client's messages are only stored, not marked
            messages.forEach(m -> m.readBy(Author.CLIENT, now));
        }
        return messages.stream().map(Message::line).toList();
    }

    /** @throws app.carnet.domain.shared.BusinessException {@code validation.required} or {@code validation.tooLong} */
    public void send(String text) {
        String body = ExchangeService.body(text);
        boolean alreadyWaiting = exchanges.hasUnread(me(), Author.CLIENT);
        exchanges.save(new Message(me(), Author.CLIENT, null, body, clock.instant()));
        if (!alreadyWaiting) {
            staff.owner().ifPresent(owner -> outbox.queue(owner.email(), "fr", DomainEmails.CLIENT_MESSAGE_WAITING,
                    owner.firstName(), practice.displayName(), pages.address("/cabinet/messages.xhtml")));
        }
    }

    private long me() {
        return Principals.clientId(security.getCallerPrincipal().getName());
    }
}
