package app.carnet.domain.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class OutboxRepository {

    @PersistenceContext
    EntityManager em;

    void save(OutgoingEmail email) {
        em.persist(email);
        em.flush();
    }

    Optional<OutgoingEmail> findForUpdate(long id) {
        return Optional.ofNullable(em.find(OutgoingEmail.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    List<OutgoingEmail> findRecent(int max) {
        return em.createNamedQuery("OutgoingEmail.findRecent", OutgoingEmail.class).setMaxResults(max).getResultList();
    }

    List<Long> findIdsDue(Instant now) {
        return em.createNamedQuery("OutgoingEmail.findIdsDue", Long.class)
                .setParameter("status", EmailStatus.PENDING).setParameter("now", now).getResultList();
    }

    /**
     * The emails written to this client, or to this address (and those too old to have an index or a client, which
     * the caller checks).
     */
    List<OutgoingEmail> findForClient(long clientId, String email) {
        return em.createNamedQuery("OutgoingEmail.findForClient", OutgoingEmail.class).setParameter("client", clientId)
                .setParameter("index", OutgoingEmail.recipientIndex(email)).getResultList();
    }

    void delete(OutgoingEmail email) {
        em.remove(email);
        em.flush();
    }
}
