package app.carnet.domain.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Second factors and recovery codes. */
@ApplicationScoped
class SecondFactorRepository {

    @PersistenceContext
    EntityManager em;

    Optional<SecondFactor> find(FactorOwner owner) {
        return query(owner).getResultStream().findFirst();
    }

    /** The same lookup, locking the row: one code cannot be accepted twice at once. */
    Optional<SecondFactor> findForUpdate(FactorOwner owner) {
        return query(owner).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    void save(SecondFactor factor) {
        em.persist(factor);
    }

    void delete(SecondFactor factor) {
        em.remove(factor);
    }

    List<RecoveryCode> findUnusedRecoveryCodes(FactorOwner owner) {
        return em.createNamedQuery("RecoveryCode.findUnusedByOwner", RecoveryCode.class)
                .setParameter("realm", owner.realm()).setParameter("id", owner.id()).getResultList();
    }

    void save(RecoveryCode code) {
        em.persist(code);
    }

    void deleteRecoveryCodes(FactorOwner owner) {
        em.createNamedQuery("RecoveryCode.deleteByOwner").setParameter("realm", owner.realm())
                .setParameter("id", owner.id()).executeUpdate();
    }

    private jakarta.persistence.TypedQuery<SecondFactor> query(FactorOwner owner) {
        return em.createNamedQuery("SecondFactor.findByOwner", SecondFactor.class).setParameter("realm", owner.realm())
                .setParameter("id", owner.id());
    }
}
