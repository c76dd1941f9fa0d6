package app.carnet.rights.objection;

import app.carnet.domain.privacy.Purpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class RestrictionRepository {

    @PersistenceContext
    EntityManager em;

    void save(ObjectionChange change) {
        em.persist(change);
    }

    void save(Limitation limitation) {
        em.persist(limitation);
    }

    List<ObjectionChange> changes(long clientId) {
        return em.createNamedQuery("ObjectionChange.byClient", ObjectionChange.class).setParameter("client", clientId)
                .getResultList();
    }

    List<ObjectionChange> changes(Purpose purpose) {
        return em.createNamedQuery("ObjectionChange.byPurpose", ObjectionChange.class)
                .setParameter("purpose", purpose).getResultList();
    }

    Optional<Limitation> current(long clientId) {
        return em.createNamedQuery("Limitation.current", Limitation.class).setParameter("client", clientId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Whether the client's data is limited. Asked by the entity listener while the persistence context writes its
     * changes, so it never writes them itself (flush mode COMMIT), which would call the listener again.
     */
    boolean limited(long clientId) {
        return em.createNamedQuery("Limitation.countCurrent", Long.class).setParameter("client", clientId)
                .setFlushMode(FlushModeType.COMMIT).getSingleResult() > 0;
    }

    List<Limitation> limitations(long clientId) {
        return em.createNamedQuery("Limitation.byClient", Limitation.class).setParameter("client", clientId)
                .getResultList();
    }

    int forget(long clientId) {
        return em.createNamedQuery("ObjectionChange.deleteByClient").setParameter("client", clientId).executeUpdate()
                + em.createNamedQuery("Limitation.deleteByClient").setParameter("client", clientId).executeUpdate();
    }
}
