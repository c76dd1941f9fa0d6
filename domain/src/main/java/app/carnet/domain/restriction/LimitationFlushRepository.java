package app.carnet.domain.restriction;

import app.carnet.domain.shared.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Writes the changes of the current transaction before a boundary call returns, so that {@link LimitationGuard}'s
 * refusal of an update (which JPA checks when it writes, not when a field changes) reaches the caller as the
 * {@link BusinessException} it is, rather than as a failed commit after the call.
 */
@ApplicationScoped
class LimitationFlushRepository {

    @PersistenceContext
    EntityManager em;

    void flush() {
        if (!em.isJoinedToTransaction()) {
            return;
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BusinessException refused) {
                    throw refused;
                }
            }
            throw e;
        }
    }
}
