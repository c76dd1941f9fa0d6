package app.carnet.rights.erasure;

import app.carnet.domain.booking.AgendaService;
import app.carnet.domain.client.ClientService;
import app.carnet.domain.client.Clients;
import app.carnet.domain.mail.EmailText;
import app.carnet.domain.mail.Outbox;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Checks;
import app.carnet.domain.shared.Dates;
import app.carnet.domain.shared.FileAccessed;
import app.carnet.domain.shared.FileAction;
import app.carnet.rights.objection.LimitationService;
import app.carnet.rights.request.RequestService;
import app.carnet.rights.request.RequestType;
import app.carnet.rights.request.RightsEmails;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The practitioner's side of an erasure asked by a client (GDPR art. 17), from the register of requests: the plan
 * (what goes, what stays, why and until when), then the erasure carried out (the relationship ended today if it
 * had not been, the appointments to come cancelled, a limitation ended, then {@link Erasure}) and the answer
 * emailed to the address the file had, with the right to complain to the CNIL. Or the refusal with its reason, which
 * the register's refusal does.
 */
@Stateless
@RolesAllowed("OWNER")
public class ErasureService {

    static final int ANSWER_MAX = 5_000;

    @Inject
    RequestService requests;
    @Inject
    Erasure erasure;
    @Inject
    ClientService clientFiles;
    @Inject
    Clients clients;
    @Inject
    AgendaService agenda;
    @Inject
    LimitationService limitations;
    @Inject
    PracticeService practice;
    @Inject
    Outbox outbox;
    @Inject
    Event<FileAccessed> accessed;
    @Inject
    Clock clock;

    /** What carrying out the erasure request would erase and keep, now (journaled: it lists the file's data). */
    public ErasurePlan plan(long requestId) {
        long clientId = requests.toCarryOut(requestId, RequestType.ERASURE);
        accessed.fire(new FileAccessed(clientId, FileAction.DATA_LISTED));
        return erasure.plan(clientId);
    }

    /**
     * Carries out the erasure request and answers it with {@code answer}, emailed in the client's language.
     *
     * @return what was erased and kept
     * @throws BusinessException {@code validation.required} ({@code answer}), {@code rights.request.closed},
     *         {@code rights.request.waitingForIdentity}
     */
    public ErasurePlan carryOut(long requestId, String answer) {
        var checks = new Checks();
        String text = checks.longText(answer, ANSWER_MAX, "answer");
        checks.throwIfAny();
        long clientId = requests.toCarryOut(requestId, RequestType.ERASURE);
        LocalDate received = requests.receivedOn(requestId);
        var contact = clients.contact(clientId).filter(c -> c.email() != null && !c.email().isBlank());
        LocalDate today = Dates.today(clock);
        if (!contact.map(c -> c.ended()).orElse(true)) {
            clientFiles.end(clientId, today);
        }
        agenda.cancelUpcomingAsTheFileEnds(clientId);
        limitations.endAsTheFileEnds(clientId);
        var done = erasure.carryOut(clientId);
        accessed.fire(new FileAccessed(clientId, FileAction.DATA_ERASED));
        // The file is gone: the answer goes to the address it had, outside the client's own emails (now erased).
        contact.ifPresent(c -> outbox.queue(c.email(), c.language(), RightsEmails.ERASURE_DONE, c.firstName(),
                practice.displayName(), Dates.date(received, Locale.forLanguageTag(c.language())),
                Objects.requireNonNull(text), new EmailText("rights.cnil")));
        return done;
    }
}
