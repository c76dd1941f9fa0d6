package app.carnet.domain.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import app.carnet.domain.shared.BusinessException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ClientRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Client> findById(long id) {
        return Optional.ofNullable(em.find(Client.class, id));
    }

    public Optional<Client> findByEmail(String email) {
        return em.createNamedQuery("Client.findByEmailIndex", Client.class)
                .setParameter("index", Client.emailIndex(email)).getResultStream().findFirst();
    }

    /** The clients shared with this staff member, in id order. */
    List<Client> findSharedWith(long staffId) {
        return em.createNamedQuery("Client.findSharedWith", Client.class).setParameter("staff", staffId).getResultList();
    }

    boolean isShared(long clientId, long staffId) {
        return em.find(ClientShare.class, new ClientShare.Key(clientId, staffId)) != null;
    }

    List<ClientShare> findShares(long clientId) {
        return em.createNamedQuery("ClientShare.findByClient", ClientShare.class).setParameter("client", clientId)
                .getResultList();
    }

    void share(ClientShare share) {
        em.persist(share);
    }

    void unshare(long clientId, long staffId) {
        var share = em.find(ClientShare.class, new ClientShare.Key(clientId, staffId));
        if (share != null) {
            em.remove(share);
        }
    }

    long count() {
        return em.createNamedQuery("Client.count", Long.class).getSingleResult();
    }

    List<Client> findAll() {
        return em.createNamedQuery("Client.findAll", Client.class).getResultList();
    }

    /** @throws BusinessException {@code client.emailTaken} when another transaction took the address first */
    void save(Client client) {
        em.persist(client);
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLIntegrityConstraintViolationException) {
                    throw new BusinessException("client.emailTaken", "email");
                }
            }
            throw e;
        }
    }
}
