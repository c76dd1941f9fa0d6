package app.carnet.domain.client;

import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.privacy.DataCategory;
import app.carnet.domain.security.BlindIndex;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Checks;
import app.carnet.domain.shared.Dates;
import app.carnet.domain.shared.FileAccessed;
import app.carnet.domain.shared.FileAction;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.domain.staff.StaffDirectory;
import app.carnet.domain.staff.StaffRole;
import app.carnet.domain.staff.StaffView;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Client files, as the back office sees them: the owner sees every file and opens them; partners and
 * replacements see the files shared with them ({@link ClientAccess}); another file answers "not found".
 */
@Stateless
@RolesAllowed({"OWNER", "PARTNER", "REPLACEMENT"})
public class ClientService {

    static final Set<String> LANGUAGES = Set.of("fr", "en");

    @Inject
    ClientRepository clients;
    @Inject
    Event<ClientCreated> created;
    @Inject
    Event<FileAccessed> accessed;
    @Inject
    ClientAccess access;
    @Inject
    StaffDirectory staff;
    @Inject
    PracticeService practice;
    @Inject
    Clock clock;

    /**
     * Opens a client file and, through {@link ClientCreated}, invites the client to the portal.
     *
     * @return the new client's id
     */
    @RolesAllowed("OWNER")
    public long create(NewClient input) {
        var checks = new Checks();
        NewClient valid = check(checks, input);
        if (valid.email() != null && clients.findByEmail(valid.email()).isPresent()) {
            checks.refuse("email", "client.emailTaken");
        }
        checks.throwIfAny();
        var client = new Client(valid.lastName(), valid.firstName(), valid.email(), valid.birthDate(), valid.language(),
                clock.instant(), currentStaffId());
        clients.save(client);
        accessed.fire(new FileAccessed(client.getId(), FileAction.FILE_CREATED));
        created.fire(new ClientCreated(client.getId()));
        return client.getId();
    }

    /**
     * Checks a client's identity as typed in a form, into {@code checks} (which collects every problem).
     *
     * @return the cleaned values (a value is {@code null} where there is a problem)
     */
    @PermitAll
    public NewClient check(Checks checks, NewClient input) {
        String lastName = checks.text(input.lastName(), 100, "lastName");
        String firstName = checks.text(input.firstName(), 100, "firstName");
        String email = checks.email(input.email(), "email");
        LocalDate birthDate = checkBirthDate(checks, input.birthDate());
        String language = input.language() == null || input.language().isBlank() ? "fr" : input.language();
        if (!LANGUAGES.contains(language)) {
            checks.refuse("language", "validation.invalid");
        }
        return new NewClient(lastName, firstName, email, birthDate, language);
    }

    /**
     * Opens the file of a client who registers from the portal (the account module checked the form and
     * that the address is free). No invitation: the client chose a password already.
     *
     * @return the new client's id
     */
    @PermitAll
    public long register(NewClient valid) {
        var client = new Client(valid.lastName(), valid.firstName(), valid.email(), valid.birthDate(), valid.language(),
                clock.instant(), null);
        clients.save(client);
        return client.getId();
    }

    /** How many files the caller may see, relationships ended included. */
    public long count() {
        return access.seesNothing() ? 0 : clients.count(access.sharedWith(), true);
    }

    /**
     * A page of the files the caller may see: newest first, or, for a search, the files found, by name. A search
     * is an email address, a phone number, or the start of a last or first name (3 letters at least), found
     * through blind indexes, never by decrypting every file.
     *
     * @param withEnded whether files whose relationship ended are listed too
     * @throws BusinessException {@code clients.search.tooShort} for a name search of fewer than 3 letters
     */
    public ClientPage find(String search, boolean withEnded, int first, int pageSize) {
        if (access.seesNothing()) {
            return new ClientPage(List.of(), 0);
        }
        Long scope = access.sharedWith();
        String typed = search == null ? "" : search.strip();
        if (typed.isEmpty()) {
            var lines = clients.findPage(scope, withEnded, first, pageSize).stream().map(Client::summary).toList();
            return new ClientPage(lines, clients.count(scope, withEnded));
        }
        var found = candidates(typed).stream().filter(c -> withEnded || c.getEndedOn() == null)
                .filter(c -> scope == null || clients.isShared(c.getId(), scope)).map(Client::summary)
                .sorted(ClientSummary.BY_NAME).toList();
        int from = Math.min(first, found.size());
        return new ClientPage(found.subList(from, Math.min(from + pageSize, found.size())), found.size());
    }

    private List<Client> candidates(String typed) {
        if (typed.contains("@")) {
            return clients.findByEmail(typed).stream().toList();
        }
        String phone = BlindIndex.phone(typed);
        if (phone != null) {
            return clients.findByPhone(phone);
        }
        if (typed.matches("[\\d\\s+.()/-]+")) {
            return List.of(); // a number, but not a phone number
        }
        List<String> words = List.of(Objects.requireNonNull(BlindIndex.name(typed)).split(" ")).stream()
                .filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty() || words.getFirst().length() < 3) {
            throw new BusinessException("clients.search.tooShort", "search");
        }
        return clients.findByNamePrefix(BlindIndex.namePrefix(words.getFirst())).stream().filter(c -> c.matches(words))
                .toList();
    }

    /**
     * For the other parts of a client's file (health, consultations…): whether the caller may reach this client.
     *
     * @throws NotFoundException when not, as if the client did not exist
     */
    public void checkAccess(long clientId) {
        if (!access.allows(clientId) || clients.findById(clientId).isEmpty()) {
            throw new NotFoundException();
        }
    }

    /** Whether the caller may reach this client's file (no exception, no journal entry). */
    public boolean mayAccess(long clientId) {
        return access.allows(clientId);
    }

    /** List lines of these clients, those the caller may see, by name (like the client list: not journaled). */
    public List<ClientSummary> summaries(List<Long> ids) {
        return ids.stream().filter(access::allows).map(clients::findById).flatMap(java.util.Optional::stream)
                .map(Client::summary).sorted(ClientSummary.BY_NAME).toList();
    }

    /** Opens a client's file: the access journal records who read it. */
    public ClientView get(long id) {
        if (!access.allows(id)) {
            throw new NotFoundException();
        }
        var client = clients.findById(id).map(Client::view).orElseThrow(NotFoundException::new);
        accessed.fire(new FileAccessed(id, FileAction.FILE_READ));
        return client;
    }

    /**
     * Replaces a client's file with the one the practitioner edited, once every field is right.
     *
     * @throws BusinessException with every problem of the form
     */
    public void update(long id, ClientFile input) {
        if (!access.allows(id)) {
            throw new NotFoundException();
        }
        var client = clients.findById(id).orElseThrow(NotFoundException::new);
        var checks = new Checks();
        ClientFile valid = check(checks, input);
        if (valid.email() != null) {
            clients.findByEmail(valid.email()).filter(other -> other.getId() != id)
                    .ifPresent(other -> checks.refuse("email", "client.emailTaken"));
        }
        checks.throwIfAny();
        client.update(valid, clock.instant());
        clients.flush();
        accessed.fire(new FileAccessed(id, FileAction.FILE_UPDATED));
    }

    /**
     * Checks a whole client file as typed in the form, into {@code checks}.
     *
     * @return the cleaned values (a value is {@code null} where there is a problem, or where it was left empty)
     */
    ClientFile check(Checks checks, ClientFile input) {
        var identity = check(checks, new NewClient(input.lastName(), input.firstName(), input.email(),
                input.birthDate(), input.language()));
        ClientSource source = input.source() == null ? ClientSource.PRACTICE : input.source();
        String sourceDetail = null;
        if (source == ClientSource.REFERRAL) {
            sourceDetail = checks.text(input.sourceDetail(), 200, "sourceDetail");
        }
        boolean personalLife = practice.keeps(DataCategory.PERSONAL_LIFE); // otherwise neither asked nor stored
        return new ClientFile(identity.lastName(), identity.firstName(), checks.siren(input.siren(), "siren"),
                identity.birthDate(), identity.email(), identity.language(),
                checks.optionalText(input.address(), 200, "address", true),
                checks.postalCode(input.postalCode(), "postalCode"),
                checks.optionalText(input.city(), 100, "city", false),
                checks.phone(input.mobilePhone(), "mobilePhone"), checks.phone(input.otherPhone(), "otherPhone"),
                personalLife ? checks.optionalText(input.interests(), 1000, "interests", true) : null,
                personalLife ? input.maritalStatus() : null, source, sourceDetail,
                personalLife ? checks.optionalText(input.notes(), 10_000, "notes", true) : null);
    }

    /**
     * The relationship with the client ended on {@code day} (Paris): the retention clock of the rights module starts
     * there. The file stays, and can be resumed if the client comes back. The day may come before the file was
     * opened in Carnet (a client of the practice before Carnet), never after today, nor before the client was born.
     */
    @RolesAllowed("OWNER")
    public void end(long id, LocalDate day) {
        var client = clients.findById(id).orElseThrow(NotFoundException::new);
        var checks = new Checks();
        checks.present(day, "endedOn");
        if (day != null && (day.isAfter(Dates.today(clock)) || day.isBefore(client.getBirthDate()))) {
            checks.refuse("endedOn", "client.endedOn.invalid");
        }
        checks.throwIfAny();
        client.end(day);
        accessed.fire(new FileAccessed(id, FileAction.RELATIONSHIP_ENDED));
    }

    @RolesAllowed("OWNER")
    public void resume(long id) {
        var client = clients.findById(id).orElseThrow(NotFoundException::new);
        if (client.getEndedOn() != null) {
            client.resume();
            accessed.fire(new FileAccessed(id, FileAction.RELATIONSHIP_RESUMED));
        }
    }

    /** The partners and replacements this file is shared with. */
    @RolesAllowed("OWNER")
    public List<StaffView> sharedWith(long clientId) {
        if (clients.findById(clientId).isEmpty()) {
            throw new NotFoundException();
        }
        return clients.findShares(clientId).stream().map(s -> staff.member(s.getStaffId()).orElseThrow())
                .map(m -> new StaffView(m.id(), m.firstName(), m.lastName(), m.role())).toList();
    }

    /** Shares the file with a partner or a replacement whose access has not ended. */
    @RolesAllowed("OWNER")
    public void share(long clientId, long staffId) {
        if (clients.findById(clientId).isEmpty()) {
            throw new NotFoundException();
        }
        var member = staff.member(staffId).filter(m -> m.role() != StaffRole.OWNER)
                .orElseThrow(NotFoundException::new);
        if (!clients.isShared(clientId, member.id())) {
            clients.share(new ClientShare(clientId, member.id(), clock.instant(), access.me()));
            accessed.fire(new FileAccessed(clientId, FileAction.FILE_SHARED));
        }
    }

    @RolesAllowed("OWNER")
    public void unshare(long clientId, long staffId) {
        if (clients.isShared(clientId, staffId)) {
            clients.unshare(clientId, staffId);
            accessed.fire(new FileAccessed(clientId, FileAction.FILE_UNSHARED));
        }
    }

    private LocalDate checkBirthDate(Checks checks, LocalDate birthDate) {
        if (checks.present(birthDate, "birthDate") == null) {
            return null;
        }
        LocalDate today = Dates.today(clock);
        if (birthDate.isAfter(today) || birthDate.isBefore(today.minusYears(130))) {
            return checks.refuse("birthDate", "validation.birthDate");
        }
        return birthDate;
    }

    private long currentStaffId() {
        return access.me();
    }
}
