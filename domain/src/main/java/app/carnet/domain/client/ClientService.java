package app.carnet.domain.client;

import app.carnet.domain.shared.Checks;
import app.carnet.domain.shared.FileAccessed;
import app.carnet.domain.shared.FileAction;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.domain.staff.StaffRepository;
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
    StaffRepository staff;
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

    public long count() {
        return access.isOwner() ? clients.count() : access.visible().size();
    }

    /** The files the caller may see. */
    public List<ClientView> list() {
        // Names are sealed, so the database cannot sort them: decrypted and sorted here.
        return access.visible().stream().map(Client::view).sorted(ClientView.BY_NAME).toList();
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

    /** The partners and replacements this file is shared with. */
    @RolesAllowed("OWNER")
    public List<StaffView> sharedWith(long clientId) {
        clients.findById(clientId).orElseThrow(NotFoundException::new);
        return clients.findShares(clientId).stream().map(s -> staff.findById(s.getStaffId()).orElseThrow())
                .map(m -> new StaffView(m.getId(), m.getFirstName(), m.getLastName(), m.getRole())).toList();
    }

    /** Shares the file with a partner or a replacement whose access has not ended. */
    @RolesAllowed("OWNER")
    public void share(long clientId, long staffId) {
        clients.findById(clientId).orElseThrow(NotFoundException::new);
        var member = staff.findById(staffId).filter(m -> m.getRole() != StaffRole.OWNER)
                .orElseThrow(NotFoundException::new);
        if (!clients.isShared(clientId, member.getId())) {
            clients.share(new ClientShare(clientId, member.getId(), clock.instant(), access.me()));
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
        LocalDate today = LocalDate.now(clock);
        if (birthDate.isAfter(today) || birthDate.isBefore(today.minusYears(130))) {
            return checks.refuse("birthDate", "validation.birthDate");
        }
        return birthDate;
    }

    private long currentStaffId() {
        return access.me();
    }
}
