package app.carnet.rights.request;

import app.carnet.domain.client.ClientContact;
import app.carnet.domain.client.ClientService;
import app.carnet.domain.client.ClientSummary;
import app.carnet.domain.client.Clients;
import app.carnet.domain.mail.EmailText;
import app.carnet.domain.mail.Outbox;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.privacy.EmailTemplate;
import app.carnet.domain.privacy.ProcessingRestrictions;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Checks;
import app.carnet.domain.shared.Dates;
import app.carnet.domain.shared.FileAccessed;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.domain.shared.Pages;
import app.carnet.domain.shared.Principals;
import app.carnet.rights.identity.IdentityProofs;
import app.carnet.rights.identity.ProofCopy;
import app.carnet.rights.identity.ProofStep;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The register of requests to exercise a right (« Demandes d'exercice des droits »), for the practitioner: every
 * request, from the portal or recorded from an email, a letter or a call; its clock (GDPR art. 12(3), counted by
 * {@link RightsDeadline}); identity questions only on reasonable doubt and never for a client logged in (art. 12(6),
 * décret 2019-536 art. 77); the extension, once, within the first month, told to the client with its reasons; and
 * the answer or the refusal, by email in the client's language, with the right to complain to the CNIL (art. 12(4),
 * 77). Every reading and step is journaled.
 */
@Stateless
@RolesAllowed("OWNER")
public class RequestService {

    static final int TEXT_MAX = 5_000;
    /** The right to complain to the CNIL, in every answer (GDPR art. 12(4), 77; law.md C10). */
    private static final EmailText CNIL = new EmailText("rights.cnil");
    /** The dashboard's horizon: requests due within this many days, and those overdue. */
    public static final int DUE_SOON_DAYS = 7;

    @Inject
    RequestRepository requests;
    @Inject
    IdentityProofs identity;
    @Inject
    ClientService clientFiles;
    @Inject
    Clients clients;
    @Inject
    PracticeService practice;
    @Inject
    Outbox outbox;
    @Inject
    Instance<ProcessingRestrictions> restrictions;
    @Inject
    Pages pages;
    @Inject
    Event<FileAccessed> accessed;
    @Inject
    SecurityContext security;
    @Inject
    Clock clock;

    /** Every request, newest first, with its clock (names as the client list shows them: not journaled). */
    public List<RequestLine> register() {
        var all = requests.all();
        Map<Long, String> names = names(all.stream().map(RightsRequest::getClientId).distinct().toList());
        LocalDate today = today();
        return all.stream().filter(r -> names.containsKey(r.getClientId()))
                .map(r -> r.line(names.getOrDefault(r.getClientId(), ""), today)).toList();
    }

    /** The open requests due within {@value #DUE_SOON_DAYS} days or overdue, soonest first (no name, no content). */
    public List<DueRequest> dueSoon() {
        LocalDate today = today();
        return requests.open().stream().filter(r -> !r.clock().suspended()).map(r -> r.line("", today))
                .filter(l -> l.daysLeft() <= DUE_SOON_DAYS)
                .sorted(java.util.Comparator.comparing(RequestLine::due))
                .map(l -> new DueRequest(l.id(), l.type(), l.due(), l.daysLeft())).toList();
    }

    /** One request, what was asked included: the access journal records the reading. */
    public RequestView get(long id) {
        var request = find(id);
        accessed.fire(new FileAccessed(request.getClientId(), RequestAction.RIGHTS_REQUEST_READ));
        return view(request);
    }

    /**
     * Records a request received by email, letter or call.
     *
     * @return its id
     * @throws BusinessException with every problem of the form ({@code rights.request.empty} for what was asked)
     */
    public long record(NewRequest input) {
        var checks = new Checks();
        checks.present(input.clientId(), "client");
        checks.present(input.type(), "type");
        if (input.channel() == RequestChannel.PORTAL) {
            checks.refuse("channel", "validation.invalid");
        } else {
            checks.present(input.channel(), "channel");
        }
        LocalDate received = checks.upToToday(input.receivedOn(), today(), "receivedOn");
        String asked = asked(checks, input.asked());
        checks.throwIfAny();
        long clientId = Objects.requireNonNull(input.clientId());
        clientFiles.checkAccess(clientId);
        var request = new RightsRequest(clientId, Objects.requireNonNull(input.type()),
                Objects.requireNonNull(input.channel()), Objects.requireNonNull(received),
                Objects.requireNonNull(asked), clock.instant(), me());
        requests.save(request);
        event(request, RequestEventKind.RECEIVED, null);
        accessed.fire(new FileAccessed(clientId, RequestAction.RIGHTS_REQUEST_RECORDED));
        return request.getId();
    }

    /** The practitioner starts working on a request received. */
    public void takeUp(long id) {
        var request = findForUpdate(id);
        request.takeUp();
        event(request, RequestEventKind.TAKEN_UP, null);
        accessed.fire(new FileAccessed(request.getClientId(), RequestAction.RIGHTS_REQUEST_HANDLED));
    }

    /**
     * Asks the person who sent the request to establish their identity, because of {@code doubt}: first additional
     * information, then, only if the doubt remains, a copy of a document. The clock stands still until the answer.
     * The email carries a single-use link to answer.
     *
     * @throws BusinessException {@code rights.identity.notNeeded} for a request made by a client logged in to the
     *         portal, {@code rights.identity.informationFirst}, {@code validation.required}
     */
    public void askIdentity(long id, ProofStep step, String doubt, String question) {
        var request = findForUpdate(id);
        request.identityAsked(today());
        String link = identity.ask(id, request.getClientId(), step, doubt, question);
        var template = step == ProofStep.DOCUMENT ? RightsEmails.REQUEST_IDENTITY_DOCUMENT
                : RightsEmails.REQUEST_IDENTITY_INFORMATION;
        tell(request, template, (contact, locale) -> new Object[] {contact.firstName(), practice.displayName(),
            type(request), Dates.date(request.getReceivedOn(), locale), question.strip(), link});
        event(request, RequestEventKind.IDENTITY_ASKED, doubt.strip());
        accessed.fire(new FileAccessed(request.getClientId(), RequestAction.RIGHTS_IDENTITY_ASKED));
    }

    /** The copy of a document sent for a request, for the practitioner to check it (journaled). */
    public ProofCopy identityCopy(long proofId) {
        var request = find(identity.requestOf(proofId));
        var copy = identity.copy(proofId).orElseThrow(NotFoundException::new);
        accessed.fire(new FileAccessed(request.getClientId(), RequestAction.RIGHTS_IDENTITY_READ));
        return copy;
    }

    /**
     * The identity is established by the last answer: the answer and the copy are deleted now; the request keeps
     * "verified on … with …" only (CNIL, SAN-2020-008: once met, the copy is no longer needed).
     *
     * @throws BusinessException {@code rights.identity.nothingToVerify}
     */
    public void verifyIdentity(long id) {
        var request = findForUpdate(id);
        String with = identity.verify(id);
        request.identityVerified(today(), with);
        event(request, RequestEventKind.IDENTITY_VERIFIED, null);
        accessed.fire(new FileAccessed(request.getClientId(), RequestAction.RIGHTS_IDENTITY_VERIFIED));
    }

    /**
     * Extends the deadline to {@code totalMonths} months (2 or 3), once, within the first month; the client is told
     * why by email now (art. 12(3)).
     *
     * @throws BusinessException {@code rights.extension.reasons} without reasons, {@code rights.extension.late},
     *         {@code rights.extension.once}, {@code rights.extension.tooLong}
     */
    public void extend(long id, int totalMonths, String reasons) {
        var checks = new Checks();
        String why = checks.longText(reasons, TEXT_MAX, "reasons");
        if (why == null) {
            throw new BusinessException("rights.extension.reasons", "reasons");
        }
        var request = findForUpdate(id);
        request.extend(totalMonths, why, today());
        LocalDate due = request.clock().deadline(today()).due();
        tell(request, RightsEmails.REQUEST_EXTENDED, (contact, locale) -> new Object[] {contact.firstName(),
            practice.displayName(), type(request), Dates.date(request.getReceivedOn(), locale), Dates.date(due, locale),
            why, CNIL});
        event(request, RequestEventKind.EXTENDED, why);
        accessed.fire(new FileAccessed(request.getClientId(), RequestAction.RIGHTS_REQUEST_HANDLED));
    }

    /**
     * Answers the request: by email in the client's language (a template per right, with the CNIL), kept with it.
     *
     * @throws BusinessException {@code validation.required} ({@code answer}), {@code rights.request.waitingForIdentity},
     *         {@code rights.request.closed}
     */
    public void answer(long id, String text) {
        String answer = text(text, "answer");
        var request = findForUpdate(id);
        request.answer(answer, clock.instant());
        tell(request, Objects.requireNonNull(RightsEmails.REQUEST_ANSWERS.get(request.getType())),
                (contact, locale) -> new Object[] {contact.firstName(), practice.displayName(),
                    Dates.date(request.getReceivedOn(), locale), answer, pages.address("/portail/mes-droits.xhtml"),
                    CNIL});
        event(request, RequestEventKind.ANSWERED, null);
        accessed.fire(new FileAccessed(request.getClientId(), RequestAction.RIGHTS_REQUEST_HANDLED));
    }

    /**
     * Refuses the request, with its reason, which the client reads in the email and the portal (art. 12(4)).
     *
     * @throws BusinessException {@code rights.refusal.reason} without a reason, {@code rights.request.closed}
     */
    public void refuse(long id, String reason) {
        var checks = new Checks();
        String why = checks.longText(reason, TEXT_MAX, "reason");
        if (why == null) {
            throw new BusinessException("rights.refusal.reason", "reason");
        }
        var request = findForUpdate(id);
        request.refuse(why, clock.instant());
        tell(request, RightsEmails.REQUEST_REFUSED, (contact, locale) -> new Object[] {contact.firstName(),
            practice.displayName(), type(request), Dates.date(request.getReceivedOn(), locale), why,
            pages.address("/portail/mes-droits.xhtml"), CNIL});
        event(request, RequestEventKind.REFUSED, why);
        accessed.fire(new FileAccessed(request.getClientId(), RequestAction.RIGHTS_REQUEST_HANDLED));
    }

    /**
     * The client of an open request of {@code type} that the practitioner carries out now (an erasure), locked
     * until the transaction ends; the request goes with the client's data, the access journal keeps the proof.
     *
     * @throws BusinessException {@code rights.request.waitingForIdentity}, {@code rights.request.closed}
     * @throws NotFoundException for a request of another type, or one the caller may not see
     */
    public long toCarryOut(long id, RequestType type) {
        var request = findForUpdate(id);
        if (request.getType() != type) {
            throw new NotFoundException();
        }
        request.getState().answered(); // throws when it may not be answered now
        return request.getClientId();
    }

    /** The item of the client's data a request points at (a rectification made in the portal), if any. */
    public Optional<String> itemOf(long id) {
        return Optional.ofNullable(find(id).getItemRef());
    }

    /** The date a request was received, for the answer that tells it. */
    public LocalDate receivedOn(long id) {
        return find(id).getReceivedOn();
    }

    /** What was asked: present and not too long, else {@code rights.request.empty} or {@code validation.tooLong}. */
    static @Nullable String asked(Checks checks, @Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return checks.refuse("asked", "rights.request.empty");
        }
        return checks.optionalText(typed, TEXT_MAX, "asked", true);
    }

    private static String text(@Nullable String typed, String field) {
        var checks = new Checks();
        String text = checks.longText(typed, TEXT_MAX, field);
        checks.throwIfAny();
        return Objects.requireNonNull(text);
    }

    private RequestView view(RightsRequest request) {
        String name = names(List.of(request.getClientId())).getOrDefault(request.getClientId(), "");
        var events = requests.events(request.getId()).stream().map(RequestEvent::line).toList();
        return request.view(name, today(), events, identity.lines(request.getId()), writable(request.getClientId()));
    }

    /**
     * Whether the client can be written to about their request: an address on file, and no death recorded (the outbox
     * refuses every email to a deceased's address: an heir is answered by the way they wrote).
     */
    private boolean writable(long clientId) {
        return addressed(clientId).isPresent()
                && (restrictions.isUnsatisfied() || !restrictions.get().deceased(clientId));
    }

    /** The client's contact when their file has an address to write to. */
    private java.util.Optional<ClientContact> addressed(long clientId) {
        return clients.contact(clientId).filter(c -> c.email() != null && !c.email().isBlank());
    }

    /** The answer's language is the client's; a file without an address gets no email (the answer goes by post). */
    private void tell(RightsRequest request, EmailTemplate template, Arguments arguments) {
        addressed(request.getClientId())
                .ifPresent(contact -> {
                    Locale locale = Locale.forLanguageTag(contact.language());
                    outbox.queueForClient(contact.id(), contact.email(), contact.language(), template,
                            arguments.of(contact, locale));
                });
    }

    @FunctionalInterface
    private interface Arguments {
        Object[] of(ClientContact contact, Locale locale);
    }

    private static EmailText type(RightsRequest request) {
        return new EmailText("rights.type." + request.getType().name());
    }

    private void event(RightsRequest request, RequestEventKind kind, @Nullable String detail) {
        requests.save(new RequestEvent(request.getId(), clock.instant(), kind, me(), detail));
    }

    private Map<Long, String> names(List<Long> ids) {
        return clientFiles.summaries(new ArrayList<>(ids)).stream()
                .collect(Collectors.toMap(ClientSummary::id, c -> c.lastName() + " " + c.firstName(), (a, b) -> a));
    }

    private RightsRequest find(long id) {
        var request = requests.find(id).orElseThrow(NotFoundException::new);
        clientFiles.checkAccess(request.getClientId());
        return request;
    }

    private RightsRequest findForUpdate(long id) {
        var request = requests.findForUpdate(id).orElseThrow(NotFoundException::new);
        clientFiles.checkAccess(request.getClientId());
        return request;
    }

    private LocalDate today() {
        return Dates.today(clock);
    }

    private long me() {
        return Principals.staffId(security.getCallerPrincipal().getName());
    }
}
