package app.carnet.domain.practice;

import app.carnet.domain.privacy.CategoryDropped;
import app.carnet.domain.privacy.DataCategory;
import app.carnet.domain.security.PasswordHasher;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Checks;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.domain.staff.StaffCredentials;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/** The practice and its first start. */
@Stateless
@PermitAll
public class PracticeService {

    private static final Logger LOG = Logger.getLogger(PracticeService.class.getName());

    @Inject
    PracticeRepository practices;
    @Inject
    StaffCredentials credentials;
    @Inject
    SetupCode setupCode;
    @Inject
    Clock clock;
    @Inject
    Event<CategoryDropped> categoryDropped;

    private final PasswordHasher hasher = new PasswordHasher();

    public boolean isSetUp() {
        return practices.find().isPresent();
    }

    /** Writes the setup code to the server's log while the practice is not set up (at start-up). */
    public void announceSetupCode(String baseUrl) {
        if (!isSetUp()) {
            LOG.warning(
                    () -> "Carnet is not set up yet. Open " + baseUrl + "/installation.xhtml and give this setup code: "
                            + setupCode.code());
        }
    }

    /** The practice's name, as emails and authenticator apps show it; "Carnet" before the setup. */
    public String displayName() {
        return find().map(PracticeView::name).orElse("Carnet");
    }

    /** Whether the practice keeps this category of data (every category but the optional ones switched off). */
    public boolean keeps(DataCategory category) {
        return practices.find().map(p -> p.keeps(category)).orElse(true);
    }

    /**
     * Keeps an optional category of data, or stops keeping it: then every field of that category is erased from
     * every file ({@link CategoryDropped}), and forms no longer ask for it.
     *
     * @throws BusinessException {@code settings.notOptional} for a category the purposes need
     */
    @RolesAllowed("OWNER")
    public void keep(DataCategory category, boolean kept) {
        if (!category.optional()) {
            throw new BusinessException("settings.notOptional");
        }
        var practice = practices.find().orElseThrow(NotFoundException::new);
        boolean dropped = practice.keeps(category) && !kept;
        practice.keep(category, kept);
        if (dropped) {
            categoryDropped.fire(new CategoryDropped(category));
        }
    }

    public Optional<PracticeView> find() {
        return practices.find().map(p -> new PracticeView(p.getName(), p.getProfession()));
    }

    /**
     * Creates the practice and its owner's account. Allowed once: afterwards it fails with
     * {@code setup.alreadyDone}, and a concurrent second setup fails on the database's unique key.
     */
    public void setUp(SetupCommand command) {
        if (isSetUp()) {
            throw new BusinessException("setup.alreadyDone");
        }
        var checks = new Checks();
        if (checks.text(command.setupCode(), 40, "setupCode") != null && !setupCode.matches(command.setupCode())) {
            checks.refuse("setupCode", "setup.wrongCode");
        }
        String name = checks.text(command.practiceName(), 120, "practiceName");
        String profession = checks.text(command.profession(), 120, "profession");
        String firstName = checks.text(command.firstName(), 100, "firstName");
        String lastName = checks.text(command.lastName(), 100, "lastName");
        String email = checks.email(command.email(), "email");
        checks.password(command.password(), command.passwordConfirmation(), "password", "passwordConfirmation");
        checks.throwIfAny();
        var now = clock.instant();
        practices.save(new Practice(Objects.requireNonNull(name), Objects.requireNonNull(profession), now)); // checked above
        credentials.enrolOwner(firstName, lastName, email, hasher.hash(command.password()), now);
    }
}
