package app.carnet.domain.advice;

import app.carnet.domain.client.ClientService;
import app.carnet.domain.client.ClientView;
import app.carnet.domain.mail.DomainEmails;
import app.carnet.domain.mail.Outbox;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Checks;
import app.carnet.domain.shared.Dates;
import app.carnet.domain.shared.FileAccessed;
import app.carnet.domain.shared.FileAction;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.domain.shared.Pages;
import app.carnet.domain.shared.Principals;
import app.carnet.domain.shared.VoidableRecord;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.util.List;

/**
 * Advice documents (purpose P04): the practice's templates (the owner's), and advice written for a client, shared in
 * the client's portal and given as PDF. Staff reach a client's advice only when they may see the file; every read and
 * change is journaled.
 */
@Stateless
@RolesAllowed({"OWNER", "PARTNER", "REPLACEMENT"})
public class AdviceService {

    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 50_000;

    @Inject
    AdviceRepository advice;
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

    public List<TemplateView> templates() {
        return advice.templates().stream().map(AdviceTemplate::view).toList();
    }

    /**
     * Creates ({@code id} {@code null}) or rewrites a template.
     *
     * @return its id
     */
    @RolesAllowed("OWNER")
    public long saveTemplate(Long id, String title, String body) {
        var checks = new Checks();
        String cleanTitle = checks.text(title, TITLE_MAX, "templateTitle");
        String cleanBody = checks.longText(body, BODY_MAX, "templateBody");
        checks.throwIfAny();
        if (id == null) {
            var template = new AdviceTemplate(cleanTitle, cleanBody, clock.instant());
            advice.save(template);
            return template.getId();
        }
        advice.findTemplate(id).orElseThrow(NotFoundException::new).write(cleanTitle, cleanBody, clock.instant());
        return id;
    }

    /** A client's advice, newest first: journaled. */
    public List<AdviceView> list(long clientId) {
        clients.checkAccess(clientId);
        var views = advice.findByClient(clientId).stream().map(Advice::view).toList();
        accessed.fire(new FileAccessed(clientId, FileAction.ADVICE_READ));
        return views;
    }

    public AdviceView get(long id) {
        var found = reachable(id);
        accessed.fire(new FileAccessed(found.getClientId(), FileAction.ADVICE_READ));
        return found.view();
    }

    /**
     * Writes new advice ({@code id} {@code null}) or rewrites it.
     *
     * @return its id
     * @throws BusinessException with every problem of the form
     */
    public long save(long clientId, Long id, AdviceForm input) {
        clients.checkAccess(clientId);
        var checks = new Checks();
        var form = new AdviceForm(checks.upToToday(input.writtenOn(), Dates.today(clock), "writtenOn"),
                checks.text(input.title(), TITLE_MAX, "title"), checks.longText(input.body(), BODY_MAX, "body"));
        checks.throwIfAny();
        Advice written;
        if (id == null) {
            written = new Advice(clientId, clock.instant(), me());
            written.write(form, clock.instant());
            advice.save(written);
        } else {
            written = reachable(id);
            if (written.getClientId() != clientId) {
                throw new NotFoundException();
            }
            written.write(form, clock.instant());
        }
        accessed.fire(new FileAccessed(clientId, FileAction.ADVICE_WRITTEN));
        return written.getId();
    }

    /** Shows the advice in the client's portal and tells the client by email, without a word of its content. */
    public void share(long id) {
        var found = reachable(id);
        if (found.share(clock.instant())) {
            ClientView client = clients.get(found.getClientId());
            outbox.queueForClient(client.id(), client.email(), client.language(), DomainEmails.DOCUMENT_SHARED,
                    client.firstName(),
                    practice.displayName(), outboxLink());
            accessed.fire(new FileAccessed(found.getClientId(), FileAction.ADVICE_SHARED));
        }
    }

    public void voidAdvice(long id, String why) {
        var found = reachable(id);
        found.voidWith(VoidableRecord.reason(why, "voidReason"), clock.instant(), me());
        accessed.fire(new FileAccessed(found.getClientId(), FileAction.ADVICE_VOIDED));
    }

    /** The advice as a PDF, as the client receives it: journaled. */
    public byte[] pdf(long id) {
        var found = reachable(id);
        ClientView client = clients.get(found.getClientId());
        accessed.fire(new FileAccessed(found.getClientId(), FileAction.ADVICE_READ));
        return AdvicePdf.render(practice.displayName(), client.firstName() + " " + client.lastName(),
                found.view().form(),
                client.language());
    }

    private String outboxLink() {
        return pages.address("/portail/conseils.xhtml");
    }

    private Advice reachable(long id) {
        var found = advice.find(id).orElseThrow(NotFoundException::new);
        clients.checkAccess(found.getClientId());
        return found;
    }

    private long me() {
        return Principals.staffId(security.getCallerPrincipal().getName());
    }
}
