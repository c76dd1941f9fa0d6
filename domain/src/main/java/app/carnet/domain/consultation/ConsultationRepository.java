package app.carnet.domain.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class ConsultationRepository {

    @PersistenceContext
    EntityManager em;

    Optional<Consultation> find(long id) {
        return Optional.ofNullable(em.find(Consultation.class, id));
    }

    List<Consultation> findByClient(long clientId) {
        return em.createNamedQuery("Consultation.findByClient", Consultation.class).setParameter("client", clientId)
                .getResultList();
    }

    List<Attachment> attachments(long consultationId) {
        return em.createNamedQuery("Attachment.findByConsultation", Attachment.class)
                .setParameter("consultation", consultationId).getResultList();
    }

    Optional<Attachment> findAttachment(long id) {
        return Optional.ofNullable(em.find(Attachment.class, id));
    }

    Optional<AttachmentContent> findContent(long attachmentId) {
        return Optional.ofNullable(em.find(AttachmentContent.class, attachmentId));
    }

    /** A file's content, opened, without keeping it in the persistence context: an export reads one after another. */
    byte[] readContent(long attachmentId) {
        var content = em.find(AttachmentContent.class, attachmentId);
        if (content == null) {
            return new byte[0];
        }
        byte[] opened = content.content();
        em.detach(content);
        return opened;
    }

    /** Persists and flushes, so that the new id is known (events, attachments' content). */
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
