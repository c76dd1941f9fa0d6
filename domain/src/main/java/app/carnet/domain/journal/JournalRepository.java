package app.carnet.domain.journal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

@ApplicationScoped
class JournalRepository {

    private static final int VERIFY_BATCH = 500;

    @PersistenceContext
    EntityManager em;

    /** The end of the chain, locked until the transaction ends. */
    JournalHead lockHead() {
        return em.find(JournalHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
    }

    JournalHead head() {
        return em.find(JournalHead.class, 1);
    }

    void clear() {
        em.clear();
    }

    void append(JournalEntry entry) {
        em.persist(entry);
    }

    List<JournalEntry> after(long seq) {
        return em.createNamedQuery("JournalEntry.findFrom", JournalEntry.class).setParameter("after", seq)
                .setMaxResults(VERIFY_BATCH).getResultList();
    }

    /** Newest first, filtered by whichever of client, actor and period is given. */
    List<JournalEntry> search(JournalFilter filter, int first, int max) {
        return where(filter, "SELECT e FROM JournalEntry e", " ORDER BY e.seq DESC", JournalEntry.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    long count(JournalFilter filter) {
        return where(filter, "SELECT COUNT(e) FROM JournalEntry e", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> where(JournalFilter filter, String select, String order, Class<T> type) {
        var conditions = new StringBuilder(" WHERE 1 = 1");
        if (filter.clientId() != null) {
            conditions.append(" AND e.clientId = :client");
        }
        if (filter.actor() != null) {
            conditions.append(" AND e.actor = :actor");
        }
        if (filter.from() != null) {
            conditions.append(" AND e.at >= :from");
        }
        if (filter.until() != null) {
            conditions.append(" AND e.at < :until");
        }
        TypedQuery<T> query = em.createQuery(select + conditions + order, type);
        if (filter.clientId() != null) {
            query.setParameter("client", filter.clientId());
        }
        if (filter.actor() != null) {
            query.setParameter("actor", filter.actor());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.until() != null) {
            query.setParameter("until", filter.until());
        }
        return query;
    }
}
