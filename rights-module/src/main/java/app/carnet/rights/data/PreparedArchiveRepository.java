package app.carnet.rights.data;

import app.carnet.domain.shared.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class PreparedArchiveRepository {

    @PersistenceContext
    EntityManager em;

    Optional<PreparedArchive> find(long id) {
        return Optional.ofNullable(em.find(PreparedArchive.class, id));
    }

    Optional<PreparedArchive> findForUpdate(long id) {
        return Optional.ofNullable(em.find(PreparedArchive.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The client's archives, the newest first. */
    List<PreparedArchive> forClient(long clientId) {
        return em.createNamedQuery("PreparedArchive.findByClient", PreparedArchive.class)
                .setParameter("client", clientId).getResultList();
    }

    /** Those past their time, and those whose making failed or was cut off before {@code stale}. */
    List<Long> ended(Instant now, Instant stale) {
        return em.createNamedQuery("PreparedArchive.findEnded", Long.class).setParameter("now", now)
                .setParameter("stale", stale).getResultList();
    }

    /**
     * @throws BusinessException {@code rights.export.preparing} when another request of the client asked for one of
     *         the same kind at the same time (the key on client and kind)
     */
    void save(PreparedArchive archive) {
        em.persist(archive);
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLIntegrityConstraintViolationException) {
                    throw new BusinessException("rights.export.preparing");
                }
            }
            throw e;
        }
    }

    void savePart(ArchivePart part) {
        em.persist(part);
        em.flush();
        em.detach(part); // the next part is not kept beside it
    }

    List<Long> partIds(long archiveId) {
        return em.createNamedQuery("ArchivePart.idsOf", Long.class).setParameter("archive", archiveId)
                .getResultList();
    }

    /**
     * One part's content, opened. Called outside any transaction, it is read on its own and nothing of it stays in a
     * persistence context.
     */
    byte[] partContent(long partId) {
        return em.find(ArchivePart.class, partId).content();
    }

    /** Deletes the archive's parts (without loading their content). */
    void deleteParts(long archiveId) {
        em.createNamedQuery("ArchivePart.deleteOf").setParameter("archive", archiveId).executeUpdate();
    }

    /**
     * Deletes the archive and its parts. Its row is locked first, as {@link ArchiveSteps#part} does before it writes
     * one, so that no part is written after they went.
     */
    void delete(long archiveId) {
        findForUpdate(archiveId).ifPresent(a -> {
            deleteParts(archiveId);
            em.remove(a);
            em.flush();
        });
    }
}
