package app.carnet.domain.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class ExchangeRepository {

    @PersistenceContext
    EntityManager em;

    List<IncomingContact> incoming(long clientId) {
        return em.createNamedQuery("IncomingContact.findByClient", IncomingContact.class)
                .setParameter("client", clientId)
                .getResultList();
    }

    Optional<IncomingContact> findIncoming(long id) {
        return Optional.ofNullable(em.find(IncomingContact.class, id));
    }

    List<Message> messages(long clientId) {
        return em.createNamedQuery("Message.findByClient", Message.class).setParameter("client", clientId)
                .getResultList();
    }

    /** Whether {@code author} wrote messages in this conversation that the other side has not read (nothing decrypted). */
    boolean hasUnread(long clientId, Author author) {
        return em.createNamedQuery("Message.countUnread", Long.class).setParameter("client", clientId)
                .setParameter("author", author).getSingleResult() > 0;
    }

    List<Long> clientsWithUnread() {
        return em.createNamedQuery("Message.clientsWithUnread", Long.class).getResultList();
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
