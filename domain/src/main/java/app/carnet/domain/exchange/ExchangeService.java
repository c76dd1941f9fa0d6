package app.carnet.domain.exchange;

import app.carnet.domain.client.ClientService;
import app.carnet.domain.client.ClientView;
import app.carnet.domain.mail.DomainEmails;
import app.carnet.domain.mail.Outbox;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.restriction.Limitations;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Checks;
import app.carnet.domain.shared.Dates;
import app.carnet.domain.shared.FileAccessed;
import app.carnet.domain.shared.FileAction;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.domain.shared.Pages;
import app.carnet.domain.shared.Principals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * Exchanges with a client (purpose P13), for staff who may see the file: the log of incoming calls, letters and
 * emails, and the secure messages of the portal. Every read and change is journaled; the email that tells the
 * client of a reply says only that a message is waiting.
 */
@Stateless
@RolesAllowed({"OWNER", "PARTNER", "REPLACEMENT"})
public class ExchangeService {

    static final int MESSAGE_MAX = 5_000;

    @Inject
    ExchangeRepository exchanges;
    @Inject
    Limitations limitations;
    @Inject
    ClientService clients;
    @Inject
    PracticeService practice;
    @Inject
    Outbox outbox;
    @Inject
    Pages pages;
    @Inject
    Event<FileAccessed> accessed;
    @Inject
    SecurityContext security;
    @Inject
    Clock clock;

    public List<IncomingLine> incoming(long clientId) {
        clients.checkAccess(clientId);
        var lines = exchanges.incoming(clientId).stream().map(IncomingContact::line).toList();
        accessed.fire(new FileAccessed(clientId, FileAction.CONTACTS_READ));
        return lines;
    }

    /** @throws BusinessException with every problem of the form */
    public void log(long clientId, NewIncoming input) {
        clients.checkAccess(clientId);
        var checks = new Checks();
        checks.present(input.channel(), "channel");
        String summary = checks.longText(input.summary(), 2_000, "summary");
        String followUp = checks.optionalText(input.followUp(), 1_000, "followUp", true);
        Instant now = clock.instant();
        LocalTime time = time(checks, input.time());
        Instant received = receivedAt(input.day(), time, now);
        if (received.isAfter(now)) { // today at a time still to come is the time's fault
            if (input.day() == null || input.day().equals(Dates.today(clock))) {
                checks.refuse("time", "exchanges.time.future");
            } else {
                checks.refuse("day", "health.futureDate");
            }
        }
        checks.throwIfAny();
        exchanges.save(new IncomingContact(clientId, received, input.channel(), summary, followUp, now, me()));
        accessed.fire(new FileAccessed(clientId, FileAction.CONTACT_LOGGED));
    }

    /** The follow-up of an incoming contact is done. */
    public void done(long incomingId) {
        var contact = exchanges.findIncoming(incomingId).orElseThrow(NotFoundException::new);
        clients.checkAccess(contact.getClientId());
        contact.done(clock.instant());
        accessed.fire(new FileAccessed(contact.getClientId(), FileAction.CONTACT_LOGGED));
    }

    /** The conversation with a client, oldest first; the client's messages are now read. */
    public List<MessageLine> conversation(long clientId) {
        clients.checkAccess(clientId);
        var messages = exchanges.messages(clientId);
        Instant now = clock.instant();
        if (!limitations.limited(clientId)) { // art. 18: a limited client's messages are only stored, not marked
            messages.forEach(m -> m.readBy(Author.PRACTICE, now));
        }
        accessed.fire(new FileAccessed(clientId, FileAction.MESSAGES_READ));
        return messages.stream().map(Message::line).toList();
    }

    /** Writes to the client, who gets an email saying only that a message is waiting (once until it is read). */
    public void reply(long clientId, String text) {
        clients.checkAccess(clientId);
        String body = body(text);
        boolean alreadyWaiting = exchanges.hasUnread(clientId, Author.PRACTICE);
        exchanges.save(new Message(clientId, Author.PRACTICE, me(), body, clock.instant()));
        if (!alreadyWaiting) {
            ClientView client = clients.get(clientId);
            outbox.queueForClient(clientId, client.email(), client.language(), DomainEmails.MESSAGE_WAITING,
                    client.firstName(),
                    practice.displayName(), pages.address("/portail/messages.xhtml"));
        }
        accessed.fire(new FileAccessed(clientId, FileAction.MESSAGE_SENT));
    }

    /** The clients the caller may see who wrote messages nobody has read yet. */
    public List<Long> clientsWaiting() {
        return exchanges.clientsWithUnread().stream().filter(clients::mayAccess).toList();
    }

    static String body(String text) {
        var checks = new Checks();
        String body = checks.longText(text, MESSAGE_MAX, "message");
        checks.throwIfAny();
        return body;
    }

    static LocalTime time(Checks checks, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(typed.strip().replace('h', ':').replace('H', ':'),
                    java.time.format.DateTimeFormatter.ofPattern("H:mm"));
        } catch (java.time.format.DateTimeParseException e) {
            return checks.refuse("time", "exchanges.time.invalid");
        }
    }

    private Instant receivedAt(LocalDate day, LocalTime time, Instant now) {
        if (day == null && time == null) {
            return now;
        }
        LocalDate date = day == null ? Dates.today(clock) : day;
        LocalTime at = time == null ? LocalTime.NOON : time;
        return LocalDateTime.of(date, at).atZone(Dates.PARIS).toInstant();
    }

    private long me() {
        return Principals.staffId(security.getCallerPrincipal().getName());
    }
}
