package app.carnet.domain.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
class PracticeRepository {

    @PersistenceContext
    EntityManager em;

    Optional<Practice> find() {
        return em.createNamedQuery("Practice.findAll", Practice.class).setMaxResults(1).getResultStream().findFirst();
    }

    void save(Practice practice) {
        em.persist(practice);
        em.flush();
    }
}
