package app.carnet.domain.client;

import app.carnet.domain.privacy.DataCategory;
import app.carnet.domain.security.Encrypted;
import app.carnet.domain.shared.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class ClientRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Client> findById(long id) {
        return Optional.ofNullable(em.find(Client.class, id));
    }

    public Optional<Client> findByEmail(String email) {
        return em.createNamedQuery("Client.findByEmailIndex", Client.class)
                .setParameter("index", Client.emailIndex(email)).getResultStream().findFirst();
    }

    List<Client> findByNamePrefix(String prefix) {
        return em.createNamedQuery("Client.findByNamePrefix", Client.class)
                .setParameter("prefix", Client.namePrefixIndex(prefix)).getResultList();
    }

    List<Client> findByPhone(String phone) {
        return em.createNamedQuery("Client.findByPhone", Client.class).setParameter("index", Client.phoneIndex(phone))
                .getResultList();
    }

    /**
     * Empties, in every file but those {@code kept}, the sealed fields of a category ({@link Encrypted#value()}).
     *
     * @return the ids of the files that held some and were changed
     */
    List<Long> eraseCategory(DataCategory category, java.util.function.LongPredicate kept) {
        var fields = java.util.Arrays.stream(Client.class.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(Encrypted.class)
                        && f.getAnnotation(Encrypted.class).value() == category)
                .map(f -> "c." + f.getName()).toList();
        if (fields.isEmpty()) {
            return List.of();
        }
        String held = fields.stream().map(f -> f + " IS NOT NULL").collect(java.util.stream.Collectors.joining(" OR "));
        List<Long> ids = em.createQuery("SELECT c.id FROM Client c WHERE " + held, Long.class).getResultList()
                .stream().filter(id -> !kept.test(id)).toList();
        if (!ids.isEmpty()) {
            em.createQuery("UPDATE Client c SET " + fields.stream().map(f -> f + " = NULL")
                    .collect(java.util.stream.Collectors.joining(", ")) + " WHERE c.id IN :ids")
                    .setParameter("ids", ids).executeUpdate();
        }
        return ids;
    }

    List<Client> findWithoutNamePrefix(int max) {
        return em.createNamedQuery("Client.findWithoutNamePrefix", Client.class).setMaxResults(max).getResultList();
    }

    /**
     * A page of the files, newest first (names are sealed: the database cannot sort them).
     *
     * @param sharedWith {@code null} for every file, or only those shared with this staff member
     */
    List<Client> findPage(Long sharedWith, boolean withEnded, int first, int max) {
        var query = em.createQuery("SELECT c FROM Client c" + where(sharedWith, withEnded) + " ORDER BY c.id DESC",
                Client.class);
        if (sharedWith != null) {
            query.setParameter("staff", sharedWith);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    long count(Long sharedWith, boolean withEnded) {
        var query = em.createQuery("SELECT COUNT(c) FROM Client c" + where(sharedWith, withEnded), Long.class);
        if (sharedWith != null) {
            query.setParameter("staff", sharedWith);
        }
        return query.getSingleResult();
    }

    /** The conditions of {@link #findPage} and {@link #count} (two fixed texts, no input in them). */
    private static String where(Long sharedWith, boolean withEnded) {
        var conditions = new java.util.ArrayList<String>();
        if (sharedWith != null) {
            conditions.add("EXISTS (SELECT s FROM ClientShare s WHERE s.clientId = c.id AND s.staffId = :staff)");
        }
        if (!withEnded) {
            conditions.add("c.endedOn IS NULL");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
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

    /** Deletes a file and its shares, once every record that refers to it is gone. */
    void delete(Client client) {
        findShares(client.getId()).forEach(em::remove);
        em.flush();
        em.remove(client);
        em.flush();
    }

    /** @throws BusinessException {@code client.emailTaken} when another transaction took the address first */
    void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw duplicateEmailOr(e);
        }
    }

    /** @throws BusinessException {@code client.emailTaken} when another transaction took the address first */
    void save(Client client) {
        em.persist(client);
        flush();
    }

    private static RuntimeException duplicateEmailOr(PersistenceException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return new BusinessException("client.emailTaken", "email");
            }
        }
        return e;
    }
}
