package app.carnet.rights.directive;

import app.carnet.domain.account.AccountService;
import app.carnet.domain.account.LinkPurpose;
import app.carnet.domain.account.ThirdPartyLinks;
import app.carnet.domain.booking.AgendaService;
import app.carnet.domain.client.ClientService;
import app.carnet.domain.mail.Outbox;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.ErasureHold;
import app.carnet.domain.privacy.Hold;
import app.carnet.domain.privacy.PersonalDataHolder;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Checks;
import app.carnet.domain.shared.Dates;
import app.carnet.domain.shared.FileAccessed;
import app.carnet.domain.shared.Pages;
import app.carnet.rights.data.ClientDataService;
import app.carnet.rights.objection.LimitationService;
import app.carnet.rights.request.RequestType;
import app.carnet.rights.request.RightExercised;
import app.carnet.rights.request.RightsEmails;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * A client's death, recorded by the practitioner from the client's file (law.md C-R7), and what follows at once
 * (Loi Informatique et Libertés art. 84–86): the relationship ends on the death date, the appointments still to come
 * are cancelled without an email, the portal account is closed; the directives in force are carried out: what was
 * to be communicated is put in an archive for the designated person, who first confirms their address; what was to
 * be erased is erased, but what a module must keep (its {@link ErasureHold}s) stays. Without directives, the heirs'
 * requests of art. 85 II are recorded here. Each step is journaled; the log names the file by its number only.
 */
@Stateless
@RolesAllowed("OWNER")
public class DeathService {

    @Inject
    LimitationService limitations;

    private static final Logger LOG = Logger.getLogger(DeathService.class.getName());
    static final String DESIGNEE = "death:";

    @Inject
    DirectiveRepository repository;
    @Inject
    ClientService clients;
    @Inject
    AgendaService agenda;
    @Inject
    AccountService accounts;
    @Inject
    ClientDataService data;
    @Inject
    Instance<PersonalDataHolder> holders;
    @Inject
    Instance<ErasureHold> holds;
    @Inject
    ThirdPartyLinks links;
    @Inject
    Outbox outbox;
    @Inject
    PracticeService practice;
    @Inject
    Pages pages;
    @Inject
    Event<FileAccessed> accessed;
    @Inject
    Event<RightExercised> exercised;
    @Inject
    SecurityContext security;
    @Inject
    Clock clock;

    /** The recorded death, if any. */
    public Optional<DeathView> death(long clientId) {
        clients.checkAccess(clientId);
        return repository.death(clientId).map(DeathRecord::view);
    }

    /** The client's directives, every version, newest first (for the practitioner: journaled). */
    public List<DirectiveView> directives(long clientId) {
        clients.checkAccess(clientId);
        var versions = repository.versions(clientId).stream().map(DirectiveVersion::view).toList();
        accessed.fire(new FileAccessed(clientId, DirectiveAction.DIRECTIVES_READ));
        return versions;
    }

    /**
     * Records the death and carries out what follows.
     *
     * @return the death as recorded, with what was done
     * @throws BusinessException with every problem of the form (nothing is written), or
     *                           {@code directives.death.already}
     */
    public DeathView record(long clientId, DeathForm form) {
        var client = clients.get(clientId);
        var checks = new Checks();
        var today = Dates.today(clock);
        var diedOn = checks.present(form.diedOn(), "diedOn");
        if (diedOn != null && (diedOn.isAfter(today) || diedOn.isBefore(client.birthDate()))) {
            checks.refuse("diedOn", "directives.death.date");
        }
        var source = checks.present(form.learntHow(), "learntHow");
        String detail = checks.optionalText(form.learntDetail(), 1000, "learntDetail", true);
        DeathRecord.Document document = null;
        byte[] content = form.document();
        if (content != null && content.length > 0) {
            if (content.length > DeathDocuments.MAX_BYTES) {
                checks.refuse("document", "directives.document.tooLarge");
            } else {
                var type = DeathDocuments.mediaType(content);
                if (type.isEmpty()) {
                    checks.refuse("document", "directives.document.type");
                } else {
                    document = new DeathRecord.Document(content, type.get());
                }
            }
        }
        checks.throwIfAny();
        if (repository.death(clientId).isPresent()) {
            throw new BusinessException("directives.death.already");
        }
        var inForce = repository.currentForUpdate(clientId).filter(d -> !d.isRevoked());
        var now = clock.instant();
        var death = new DeathRecord(clientId, java.util.Objects.requireNonNull(diedOn),
                java.util.Objects.requireNonNull(source), detail, document, client.language(), now,
                security.getCallerPrincipal().getName(), inForce.map(DirectiveVersion::getVersion).orElse(null));
        repository.save(death);
        accessed.fire(new FileAccessed(clientId, DirectiveAction.DEATH_RECORDED));

        var outcome = new ArrayList<String>();
        // The rights end at death (LIL art. 84): a limitation ends with them, with no one to tell (art. 18(3)); it
        // would otherwise refuse every change below.
        limitations.endAsTheFileEnds(clientId);
        // Processing for live purposes ends (C-R7): the relationship (unless it had ended before), the appointments,
        // the portal.
        if (client.endedOn() == null) {
            clients.end(clientId, diedOn);
        }
        int cancelled = agenda.cancelUpcomingAsTheFileEnds(clientId);
        outcome.add("directives.outcome.appointments|" + cancelled);
        outcome.add(accounts.closeAfterDeath(clientId) ? "directives.outcome.accountClosed"
                : "directives.outcome.noAccount");
        if (inForce.isEmpty()) {
            outcome.add("directives.outcome.noDirectives");
        } else {
            var terms = inForce.get().terms();
            communicate(death, terms, outcome);
            erase(clientId, terms, outcome);
            accessed.fire(new FileAccessed(clientId, DirectiveAction.DIRECTIVES_EXECUTED));
            if (terms.designeeEmail() != null && !terms.with(DirectiveChoice.COMMUNICATE).isEmpty()) {
                tellDesignee(death, terms, client.language());
                outcome.add("directives.outcome.designeeTold");
            }
        }
        death.outcome(String.join("\n", outcome));
        // No client number beside a death in the log: the access journal links them, the log must not.
        LOG.info(() -> "Death recorded: directives "
                + (inForce.isPresent() ? "carried out" : "none") + ", " + cancelled + " appointment(s) cancelled");
        return death.view();
    }

    /** The archive of the categories to communicate, cut from the client's export, sealed until downloaded. */
    private void communicate(DeathRecord death, DirectiveTerms terms, List<String> outcome) {
        var sections = DirectiveRules.communicated(terms);
        if (sections.isEmpty() || terms.designeeEmail() == null) {
            return;
        }
        var whole = new ByteArrayOutputStream();
        data.export(death.getClientId(), whole);
        death.archive(DesigneeArchive.cut(whole.toByteArray(), sections));
        accessed.fire(new FileAccessed(death.getClientId(), DirectiveAction.DESIGNEE_ARCHIVE_PREPARED));
        outcome.add("directives.outcome.archive|" + labels(terms.with(DirectiveChoice.COMMUNICATE)));
    }

    /**
     * Erases, module by module through the personal-data holders, what the directives erase: a module whose data all
     * belongs to erased categories and that no hold keeps. Not the domain's {@code CategoryDropped}, which drops a
     * category for every client of the practice; a holder erases one client's data.
     */
    private void erase(long clientId, DirectiveTerms terms, List<String> outcome) {
        var erased = terms.with(DirectiveChoice.ERASE);
        if (erased.isEmpty()) {
            return;
        }
        List<Hold> kept = new ArrayList<>();
        holds.forEach(h -> kept.addAll(h.holds(clientId)));
        var parts = new ArrayList<DirectiveRules.HolderPart>();
        var byName = new java.util.HashMap<String, PersonalDataHolder>();
        for (PersonalDataHolder holder : holders) {
            if (holder.holdsTheFile()) {
                continue; // the file stays: the death record, the holds and the heirs refer to it
            }
            var export = new ClientExport();
            holder.export(clientId, export);
            Set<String> sections = new HashSet<>(export.sections().keySet());
            export.files().keySet().forEach(path -> sections.add(path.substring(0, Math.max(0, path.indexOf('/')))));
            String name = name(holder);
            byName.put(name, holder);
            parts.add(new DirectiveRules.HolderPart(name, holder.tables(), sections));
        }
        var erasedSections = new TreeSet<String>();
        var keptLines = new LinkedHashSet<String>();
        for (DirectiveRules.Step step : DirectiveRules.erasure(terms, parts, kept)) {
            var part = parts.stream().filter(p -> p.holder().equals(step.holder())).findFirst().orElseThrow();
            if (step.erase()) {
                java.util.Objects.requireNonNull(byName.get(step.holder())).erase(clientId);
                erasedSections.addAll(part.sections());
            } else {
                keptLines.add("directives.outcome.kept|" + String.join(", ", new TreeSet<>(part.sections())));
                keptLines.add(step.reason());
            }
        }
        outcome.add("directives.outcome.erased|" + labels(erased));
        outcome.addAll(keptLines);
        LOG.info(() -> "Directives' erasure: sections " + erasedSections);
    }

    private static String labels(Set<DirectiveCategory> categories) {
        return String.join(",", categories.stream().map(Enum::name).toList());
    }

    /** A holder's name without its container proxy's suffix. */
    private static String name(PersonalDataHolder holder) {
        String name = holder.getClass().getName();
        int proxy = name.indexOf('$');
        return proxy > 0 ? name.substring(0, proxy) : name;
    }

    private void tellDesignee(DeathRecord death, DirectiveTerms terms, String language) {
        String token = links.issue(LinkPurpose.DESIGNEE_CONFIRMATION, DESIGNEE + death.getId());
        outbox.queue(java.util.Objects.requireNonNull(terms.designeeEmail()), language,
                RightsEmails.DESIGNEE_CONFIRMATION, terms.designeeName(), practice.displayName(),
                pages.address("/proche/confirmation.xhtml") + "?jeton=" + token);
        death.designeeTold(clock.instant());
    }

    /** The heirs' requests recorded, newest first. */
    public List<HeirsRequestView> heirsRequests(long clientId) {
        clients.checkAccess(clientId);
        return repository.heirsRequests(clientId).stream().map(HeirsRequest::view).toList();
    }

    /**
     * Records what an heir asked (art. 85 II), and puts it in the register of requests.
     *
     * @throws BusinessException with every problem of the form, {@code directives.heirs.noDeath} before the death is
     *                           recorded, {@code directives.heirs.directives} when the deceased left directives
     *                           (they, not the heirs, say what becomes of the data)
     */
    public void recordHeirsRequest(long clientId, HeirsRequestForm form) {
        clients.checkAccess(clientId);
        var death = repository.death(clientId).orElseThrow(() -> new BusinessException("directives.heirs.noDeath"));
        if (death.getDirectiveVersion() != null) {
            throw new BusinessException("directives.heirs.directives");
        }
        var checks = new Checks();
        String requester = checks.text(form.requester(), 200, "requester");
        var kind = checks.present(form.kind(), "kind");
        String detail = checks.optionalText(form.detail(), 2000, "detail", true);
        var received = checks.upToToday(form.receivedOn(), Dates.today(clock), "receivedOn");
        checks.throwIfAny();
        var now = clock.instant();
        var request = new HeirsRequest(clientId, java.util.Objects.requireNonNull(requester),
                java.util.Objects.requireNonNull(kind), detail, java.util.Objects.requireNonNull(received), now);
        repository.save(request);
        accessed.fire(new FileAccessed(clientId, DirectiveAction.HEIRS_REQUEST_RECORDED));
        exercised.fire(new RightExercised(clientId, RequestType.HEIRS, "Demande d'un héritier (art. 85 II) : "
                + HEIRS_KINDS.get(kind) + (detail == null ? "" : " — " + detail),
                received.atStartOfDay(Dates.PARIS).toInstant(), null));
    }

    private static final java.util.Map<HeirsRequestKind, String> HEIRS_KINDS = java.util.Map.of(
            HeirsRequestKind.ESTATE, "données utiles au règlement de la succession", HeirsRequestKind.CLOSE_ACCOUNT,
            "prise en compte du décès : clôture du compte", HeirsRequestKind.STOP_PROCESSING,
            "prise en compte du décès : opposition à la poursuite des traitements", HeirsRequestKind.UPDATE,
            "prise en compte du décès : mise à jour des données", HeirsRequestKind.HEALTH_CAUSES,
            "accès aux données de santé (CSP L1110-4 V)");
}
