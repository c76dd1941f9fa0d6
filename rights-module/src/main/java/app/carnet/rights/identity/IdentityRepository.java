package app.carnet.rights.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class IdentityRepository {

    @PersistenceContext
    EntityManager em;

    List<IdentityProof> forRequest(long requestId) {
        return em.createNamedQuery("IdentityProof.findByRequest", IdentityProof.class)
                .setParameter("request", requestId).getResultList();
    }

    List<IdentityProof> forClient(long clientId) {
        return em.createNamedQuery("IdentityProof.findByClient", IdentityProof.class).setParameter("client", clientId)
                .getResultList();
    }

    Optional<IdentityProof> find(long id) {
        return Optional.ofNullable(em.find(IdentityProof.class, id));
    }

    Optional<IdentityProof> findForUpdate(long id) {
        return Optional.ofNullable(em.find(IdentityProof.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    Optional<IdentityProofFile> file(long id) {
        return Optional.ofNullable(em.find(IdentityProofFile.class, id));
    }

    void save(Object record) {
        em.persist(record);
        em.flush();
    }

    /** Deletes the copy at once: it leaves the database in this transaction. */
    void deleteFile(long id) {
        file(id).ifPresent(f -> {
            em.remove(f);
            em.flush();
        });
    }

    void delete(IdentityProof proof) {
        deleteFile(proof.getId());
        em.remove(proof);
        em.flush();
    }
}
