package app.carnet.rights.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class RequestRepository {

    @PersistenceContext
    EntityManager em;

    List<RightsRequest> all() {
        return em.createNamedQuery("RightsRequest.findAll", RightsRequest.class).getResultList();
    }

    List<RightsRequest> open() {
        return em.createNamedQuery("RightsRequest.findOpen", RightsRequest.class).getResultList();
    }

    List<RightsRequest> ofClient(long clientId) {
        return em.createNamedQuery("RightsRequest.findByClient", RightsRequest.class).setParameter("client", clientId)
                .getResultList();
    }

    Optional<RightsRequest> find(long id) {
        return Optional.ofNullable(em.find(RightsRequest.class, id));
    }

    /** The request, locked until the end of the transaction: two steps of the same request never cross. */
    Optional<RightsRequest> findForUpdate(long id) {
        return Optional.ofNullable(em.find(RightsRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    List<RequestEvent> events(long requestId) {
        return em.createNamedQuery("RequestEvent.findByRequest", RequestEvent.class).setParameter("request", requestId)
                .getResultList();
    }

    /** Whether this run is the one that reminds the practitioner of the request (one conditional update). */
    boolean claimReminder(long requestId, Instant now) {
        int claimed = em.createNamedQuery("RightsRequest.claimReminder").setParameter("now", now)
                .setParameter("id", requestId).executeUpdate();
        find(requestId).ifPresent(em::refresh);
        return claimed == 1;
    }

    void save(Object record) {
        em.persist(record);
        em.flush();
    }

    void delete(RightsRequest request) {
        events(request.getId()).forEach(em::remove);
        em.remove(request);
        em.flush();
    }
}
