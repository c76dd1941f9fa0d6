package app.carnet.rights.directive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The directives, the recorded deaths and the heirs' requests. */
@ApplicationScoped
class DirectiveRepository {

    @PersistenceContext(unitName = "carnet")
    EntityManager em;

    List<DirectiveVersion> versions(long clientId) {
        return em.createNamedQuery("DirectiveVersion.byClient", DirectiveVersion.class).setParameter("client", clientId)
                .getResultList();
    }

    /** The newest version, locked: two changes at once make two versions one after the other. */
    Optional<DirectiveVersion> currentForUpdate(long clientId) {
        return em.createNamedQuery("DirectiveVersion.current", DirectiveVersion.class).setParameter("client", clientId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    Optional<DirectiveVersion> current(long clientId) {
        return em.createNamedQuery("DirectiveVersion.current", DirectiveVersion.class).setParameter("client", clientId)
                .getResultStream().findFirst();
    }

    Optional<DeathRecord> death(long clientId) {
        return em.createNamedQuery("DeathRecord.byClient", DeathRecord.class).setParameter("client", clientId)
                .getResultStream().findFirst();
    }

    /** Whether the client's death is recorded, without reading the record (nor its document and archive). */
    boolean deathRecorded(long clientId) {
        return em.createNamedQuery("DeathRecord.recorded", Long.class).setParameter("client", clientId)
                .getSingleResult() > 0;
    }

    Optional<DeathRecord> deathForUpdate(long id) {
        return Optional.ofNullable(em.find(DeathRecord.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    List<HeirsRequest> heirsRequests(long clientId) {
        return em.createNamedQuery("HeirsRequest.byClient", HeirsRequest.class).setParameter("client", clientId)
                .getResultList();
    }

    void save(Object record) {
        em.persist(record);
        em.flush();
    }

    void delete(Object record) {
        em.remove(record);
    }
}
