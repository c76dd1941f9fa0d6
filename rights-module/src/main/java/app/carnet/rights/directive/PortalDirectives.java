package app.carnet.rights.directive;

import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Principals;
import app.carnet.rights.request.RequestType;
import app.carnet.rights.request.RightExercised;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The client's particular directives after death (Loi Informatique et Libertés art. 85 I), as the client gives,
 * changes and revokes them in the portal; the client comes from the login. Every change is a new version (the older
 * ones are kept, the newest is current), goes to the register of requests ({@link RightExercised}) and is logged
 * by number only.
 */
@Stateless
@RolesAllowed("CLIENT")
public class PortalDirectives {

    private static final Logger LOG = Logger.getLogger(PortalDirectives.class.getName());

    @Inject
    DirectiveRepository repository;
    @Inject
    Event<RightExercised> exercised;
    @Inject
    SecurityContext security;
    @Inject
    Clock clock;

    /** Every version, newest first. */
    public List<DirectiveView> versions() {
        return repository.versions(me()).stream().map(DirectiveVersion::view).toList();
    }

    /** The directives in force: the current version, unless it is a revocation. */
    public Optional<DirectiveView> inForce() {
        return repository.current(me()).filter(d -> !d.isRevoked()).map(DirectiveVersion::view);
    }

    /**
     * Files new directives, which replace the current ones.
     *
     * @throws BusinessException with every problem of the form ({@link DirectiveRules#check}); nothing is written
     */
    public DirectiveView file(DirectiveForm form) {
        var terms = DirectiveRules.check(form);
        long client = me();
        var now = clock.instant();
        int version = next(client);
        var filed = DirectiveVersion.filed(client, version, terms, now);
        repository.save(filed);
        exercised.fire(new RightExercised(client, RequestType.DIRECTIVES, DirectiveSummary.filed(version, terms), now,
                now));
        LOG.info(() -> "Directives filed: version " + version);
        return filed.view();
    }

    /**
     * Revokes the directives in force (a new version, without choices).
     *
     * @throws BusinessException {@code directives.none} when none are in force
     */
    public void revoke() {
        long client = me();
        if (repository.currentForUpdate(client).filter(d -> !d.isRevoked()).isEmpty()) {
            throw new BusinessException("directives.none");
        }
        var now = clock.instant();
        int version = next(client);
        repository.save(DirectiveVersion.revocation(client, version, now));
        exercised.fire(new RightExercised(client, RequestType.DIRECTIVES, DirectiveSummary.revoked(version), now, now));
        LOG.info(() -> "Directives revoked: version " + version);
    }

    /** Retires the current version, locked, and gives the next number. */
    private int next(long client) {
        var current = repository.currentForUpdate(client);
        current.ifPresent(DirectiveVersion::replaced);
        return current.map(d -> d.getVersion() + 1).orElse(1);
    }

    private long me() {
        return Principals.clientId(security.getCallerPrincipal().getName());
    }
}
