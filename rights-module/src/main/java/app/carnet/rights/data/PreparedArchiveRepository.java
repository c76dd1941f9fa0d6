package app.carnet.rights.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
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

    void save(PreparedArchive archive) {
        em.persist(archive);
        em.flush();
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

    /** One part's content, opened, with nothing of it kept in the persistence context. */
    byte[] partContent(long partId) {
        ArchivePart part = em.find(ArchivePart.class, partId);
        byte[] content = part.content();
        em.detach(part);
        return content;
    }

    /** Deletes the archive's parts (without loading their content). */
    void deleteParts(long archiveId) {
        em.createNamedQuery("ArchivePart.deleteOf").setParameter("archive", archiveId).executeUpdate();
    }

    /** Deletes the archive and its parts. */
    void delete(long archiveId) {
        deleteParts(archiveId);
        find(archiveId).ifPresent(a -> {
            em.remove(a);
            em.flush();
        });
    }
}
