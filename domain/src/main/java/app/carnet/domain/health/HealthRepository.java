package app.carnet.domain.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class HealthRepository {

    @PersistenceContext
    EntityManager em;

    List<AnamnesisEntry> anamnesis(long clientId) {
        return em.createNamedQuery("AnamnesisEntry.findByClient", AnamnesisEntry.class).setParameter("client", clientId)
                .getResultList();
    }

    List<Measurement> measurements(long clientId) {
        return em.createNamedQuery("Measurement.findByClient", Measurement.class).setParameter("client", clientId)
                .getResultList();
    }

    Optional<AnamnesisEntry> findAnamnesisEntry(long id) {
        return Optional.ofNullable(em.find(AnamnesisEntry.class, id));
    }

    Optional<Measurement> findMeasurement(long id) {
        return Optional.ofNullable(em.find(Measurement.class, id));
    }

    void save(Object record) {
        em.persist(record);
    }

    /** Deletes at once (the records that refer to it went before; the client's file goes after). */
    void delete(Object record) {
        em.remove(record);
        em.flush();
    }
}
