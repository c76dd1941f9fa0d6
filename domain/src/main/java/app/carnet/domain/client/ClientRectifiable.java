package app.carnet.domain.client;

import app.carnet.domain.privacy.RectifiableData;
import app.carnet.domain.privacy.RectifiableItem;
import app.carnet.domain.shared.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * The identity a client asks the practitioner to correct (GDPR art. 16): name, first name, birth date and email (the
 * portal's login, so never changed by the client alone). Their address and phones they correct themselves
 * ({@link ClientPortalService#correctContact}). A correction goes through {@link ClientService#update}: the same
 * checks as the file's form, the email free, the change journaled.
 */
@ApplicationScoped
public class ClientRectifiable implements RectifiableData {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Inject
    ClientRepository clients;
    @Inject
    ClientService files;

    @Override
    public List<RectifiableItem> items(long clientId) {
        return clients.findById(clientId).map(Client::view).map(ClientView::file).map(f -> List.of(
                new RectifiableItem("client:lastName", "lastName", null, f.lastName(), true),
                new RectifiableItem("client:firstName", "firstName", null, f.firstName(), true),
                new RectifiableItem("client:birthDate", "birthDate", null, f.birthDate(), true),
                new RectifiableItem("client:email", "email", null, f.email(), true))).orElse(List.of());
    }

    @Override
    public void correct(long clientId, String ref, String corrected) {
        var f = clients.findById(clientId).map(Client::view).map(ClientView::file)
                .orElseThrow(() -> new IllegalArgumentException("no file"));
        var file = switch (ref) {
            case "client:lastName" -> new ClientFile(corrected, f.firstName(), f.siren(), f.birthDate(), f.email(),
                    f.language(), f.address(), f.postalCode(), f.city(), f.mobilePhone(), f.otherPhone(),
                    f.interests(), f.maritalStatus(), f.source(), f.sourceDetail(), f.notes());
            case "client:firstName" -> new ClientFile(f.lastName(), corrected, f.siren(), f.birthDate(), f.email(),
                    f.language(), f.address(), f.postalCode(), f.city(), f.mobilePhone(), f.otherPhone(),
                    f.interests(), f.maritalStatus(), f.source(), f.sourceDetail(), f.notes());
            case "client:birthDate" -> new ClientFile(f.lastName(), f.firstName(), f.siren(), date(corrected),
                    f.email(), f.language(), f.address(), f.postalCode(), f.city(), f.mobilePhone(), f.otherPhone(),
                    f.interests(), f.maritalStatus(), f.source(), f.sourceDetail(), f.notes());
            case "client:email" -> new ClientFile(f.lastName(), f.firstName(), f.siren(), f.birthDate(), corrected,
                    f.language(), f.address(), f.postalCode(), f.city(), f.mobilePhone(), f.otherPhone(),
                    f.interests(), f.maritalStatus(), f.source(), f.sourceDetail(), f.notes());
            default -> throw new IllegalArgumentException("not an item of the file: " + ref);
        };
        try {
            files.update(clientId, file);
        } catch (BusinessException e) {
            throw new BusinessException(e.violations().getFirst().messageKey(), "corrected");
        }
    }

    /** A date as the French write it (the portal's and back office's format). */
    private static LocalDate date(String typed) {
        try {
            return LocalDate.parse(typed.strip(), FRENCH_DATE);
        } catch (DateTimeParseException e) {
            throw new BusinessException("validation.date", "corrected");
        }
    }
}
