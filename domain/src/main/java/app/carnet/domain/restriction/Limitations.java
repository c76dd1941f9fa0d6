package app.carnet.domain.restriction;

import app.carnet.domain.privacy.ProcessingRestrictions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Whether a client's data is limited (GDPR art. 18), for a component that leaves a mark when it reads (a message now
 * read) and must leave none then, rather than have the read refused by {@link LimitationGuard}. Nothing is limited
 * without the rights module.
 */
@ApplicationScoped
public class Limitations {

    @Inject
    Instance<ProcessingRestrictions> restrictions;

    public boolean limited(long clientId) {
        return restrictions.isResolvable() && restrictions.get().limited(clientId);
    }
}
