package app.carnet.domain.advice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class AdviceRepository {

    @PersistenceContext
    EntityManager em;

    Optional<Advice> find(long id) {
        return Optional.ofNullable(em.find(Advice.class, id));
    }

    List<Advice> findByClient(long clientId) {
        return em.createNamedQuery("Advice.findByClient", Advice.class).setParameter("client", clientId)
                .getResultList();
    }

    List<AdviceTemplate> templates() {
        return em.createNamedQuery("AdviceTemplate.findAll", AdviceTemplate.class).getResultList();
    }

    Optional<AdviceTemplate> findTemplate(long id) {
        return Optional.ofNullable(em.find(AdviceTemplate.class, id));
    }

    void save(Object record) {
        em.persist(record);
        em.flush();
    }

    /** Deletes at once (the records that refer to it went before; the client's file goes after). */
    void delete(Object record) {
        em.remove(record);
        em.flush();
    }
}
