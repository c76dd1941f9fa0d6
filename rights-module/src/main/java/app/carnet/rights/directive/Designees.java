package app.carnet.rights.directive;

import app.carnet.domain.account.LinkPurpose;
import app.carnet.domain.account.ThirdPartyLinks;
import app.carnet.domain.mail.Outbox;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Pages;
import app.carnet.rights.request.RightsEmails;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * The person a deceased client designated (Loi Informatique et Libertés art. 85 I), who has no account: they
 * confirm their address from the first email (a button, not the opening of the link, which mail scanners do too),
 * then receive a second single-use link to the archive of what the client chose to communicate to them; the
 * archive is deleted once downloaded, and the link refused after. Each step is stored on the death record, which
 * the practitioner sees, and logged by the record's number only.
 */
@Stateless
@PermitAll
public class Designees {

    private static final Logger LOG = Logger.getLogger(Designees.class.getName());

    @Inject
    ThirdPartyLinks links;
    @Inject
    DirectiveRepository repository;
    @Inject
    Outbox outbox;
    @Inject
    PracticeService practice;
    @Inject
    Pages pages;
    @Inject
    Clock clock;

    public boolean confirmationValid(String token) {
        return links.isValid(LinkPurpose.DESIGNEE_CONFIRMATION, token);
    }

    /**
     * Confirms the designee's address and sends them the link to the archive.
     *
     * @throws BusinessException {@code link.invalid} for a link that is not (or no longer) valid
     */
    public void confirm(String token) {
        var death = death(links.consume(LinkPurpose.DESIGNEE_CONFIRMATION, token));
        var terms = repository.versions(death.getClientId()).stream()
                .filter(v -> Objects.equals(v.getVersion(), death.getDirectiveVersion())).findFirst()
                .map(DirectiveVersion::terms).orElseThrow(() -> new BusinessException("link.invalid"));
        var now = clock.instant();
        death.designeeConfirmed(now);
        String archive = links.issue(LinkPurpose.DESIGNEE_ARCHIVE, DeathService.DESIGNEE + death.getId());
        outbox.queue(Objects.requireNonNull(terms.designeeEmail()), death.getLanguage(), RightsEmails.DESIGNEE_ARCHIVE,
                terms.designeeName(), practice.displayName(), pages.address("/proche/archive") + "?jeton=" + archive);
        LOG.info(() -> "Designee confirmed: death record " + death.getId());
    }

    /**
     * Writes the archive into {@code out}, once: the archive is deleted, the link burnt.
     *
     * @throws BusinessException {@code link.invalid}, before anything is written, for a link that is not (or no
     *                           longer) valid
     */
    public void download(String token, OutputStream out) {
        var death = death(links.consume(LinkPurpose.DESIGNEE_ARCHIVE, token));
        byte[] archive = death.takeArchive(clock.instant());
        if (archive == null) {
            throw new BusinessException("link.invalid");
        }
        try {
            out.write(archive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info(() -> "Designee's archive downloaded: death record " + death.getId());
    }

    private DeathRecord death(String reference) {
        if (!reference.startsWith(DeathService.DESIGNEE)) {
            throw new BusinessException("link.invalid");
        }
        long id;
        try {
            id = Long.parseLong(reference.substring(DeathService.DESIGNEE.length()));
        } catch (NumberFormatException e) {
            throw new BusinessException("link.invalid");
        }
        return repository.deathForUpdate(id).orElseThrow(() -> new BusinessException("link.invalid"));
    }
}
