package app.carnet.domain.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class StaffRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<StaffMember> findByEmail(String email) {
        return em.createNamedQuery("StaffMember.findByEmailIndex", StaffMember.class)
                .setParameter("index", StaffMember.emailIndex(email)).getResultStream().findFirst();
    }

    public Optional<StaffMember> findById(long id) {
        return Optional.ofNullable(em.find(StaffMember.class, id));
    }

    /** The practitioner who set Carnet up (the first owner). */
    public Optional<StaffMember> findOwner() {
        return findAll().stream().filter(m -> m.getRole() == StaffRole.OWNER && !m.isEnded()).findFirst();
    }

    List<StaffMember> findAll() {
        return em.createNamedQuery("StaffMember.findAll", StaffMember.class).getResultList();
    }

    /** Persists and flushes, so that the member has an id (IDENTITY) for the events that follow. */
    public void save(StaffMember member) {
        em.persist(member);
        em.flush();
    }
}
