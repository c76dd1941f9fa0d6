package app.carnet.rights.request;

import app.carnet.domain.mail.EmailText;
import app.carnet.domain.mail.Outbox;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.shared.Dates;
import app.carnet.domain.shared.Pages;
import app.carnet.domain.staff.StaffDirectory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The practitioner's reminder of a request falling due ({@code carnet.rights.reminder-days} days before, or overdue),
 * once per request (again after an extension), claimed by one conditional update in the transaction that writes the
 * email: never twice, even across a restart or on two servers. A request whose clock stands still waits. The email
 * names neither the client nor what was asked.
 */
@Stateless
@PermitAll
public class RequestReminders {

    @Inject
    RequestRepository requests;
    @Inject
    StaffDirectory staff;
    @Inject
    PracticeService practice;
    @Inject
    Outbox outbox;
    @Inject
    Pages pages;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "carnet.rights.reminder-days")
    int daysBefore;

    /** The requests to remind the practitioner of now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due() {
        LocalDate today = Dates.today(clock);
        return requests.open().stream().filter(r -> !r.isReminded() && !r.clock().suspended())
                .filter(r -> r.clock().deadline(today).daysLeft(today) <= daysBefore).map(RightsRequest::getId)
                .toList();
    }

    /** Reminds of one request, unless another run did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void remind(long requestId) {
        var owner = staff.owner();
        if (owner.isEmpty() || !requests.claimReminder(requestId, clock.instant())) {
            return;
        }
        requests.find(requestId).ifPresent(request -> {
            LocalDate due = request.clock().deadline(Dates.today(clock)).due();
            outbox.queue(owner.get().email(), "fr", RightsEmails.REQUEST_DUE_SOON, owner.get().firstName(),
                    practice.displayName(), new EmailText("rights.type." + request.getType().name()),
                    Dates.date(due, Locale.FRENCH), pages.address("/cabinet/droits/demande.xhtml?id=" + requestId));
            requests.save(new RequestEvent(requestId, clock.instant(), RequestEventKind.REMINDED, null, null));
        });
    }
}
