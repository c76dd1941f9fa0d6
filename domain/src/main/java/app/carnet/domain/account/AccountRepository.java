package app.carnet.domain.account;

import app.carnet.domain.shared.Principals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Invitations and client credentials. */
@ApplicationScoped
class AccountRepository {

    @PersistenceContext
    EntityManager em;

    Optional<Invitation> findInvitation(String tokenHash) {
        return em.createNamedQuery("Invitation.findByTokenHash", Invitation.class).setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    /** The same lookup, locking the row so that a token cannot be used twice at once. */
    Optional<Invitation> findInvitationForUpdate(String tokenHash) {
        return em.createNamedQuery("Invitation.findByTokenHash", Invitation.class).setParameter("hash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    List<Invitation> findOpenInvitations(long clientId) {
        return em.createNamedQuery("Invitation.findOpenByClient", Invitation.class).setParameter("clientId", clientId)
                .getResultList();
    }

    void save(Invitation invitation) {
        em.persist(invitation);
    }

    Optional<AccountLink> findLink(String jti) {
        return Optional.ofNullable(em.find(AccountLink.class, jti));
    }

    Optional<AccountLink> findLinkForUpdate(String jti) {
        return Optional.ofNullable(em.find(AccountLink.class, jti, LockModeType.PESSIMISTIC_WRITE));
    }

    List<AccountLink> findOpenLinks(String principal, LinkPurpose purpose) {
        return em.createNamedQuery("AccountLink.findOpen", AccountLink.class).setParameter("principal", principal)
                .setParameter("purpose", purpose).getResultList();
    }

    void save(AccountLink link) {
        em.persist(link);
    }

    Optional<SessionRevocation> findRevocation(String principal) {
        return Optional.ofNullable(em.find(SessionRevocation.class, principal));
    }

    void save(SessionRevocation revocation) {
        em.persist(revocation);
    }

    Optional<ClientCredential> findCredential(long clientId) {
        return Optional.ofNullable(em.find(ClientCredential.class, clientId));
    }

    void save(ClientCredential credential) {
        em.persist(credential);
    }

    long countInvitations(long clientId) {
        return em.createNamedQuery("Invitation.countByClient", Long.class).setParameter("clientId", clientId)
                .getSingleResult();
    }

    /** Deletes a client's portal account: password, invitations and pending links. */
    void deleteClientAccount(long clientId) {
        String principal = Principals.ofClient(clientId);
        em.createNamedQuery("Invitation.deleteByClient").setParameter("clientId", clientId).executeUpdate();
        em.createQuery("DELETE FROM ClientCredential c WHERE c.clientId = :clientId").setParameter("clientId", clientId)
                .executeUpdate();
        em.createQuery("DELETE FROM AccountLink l WHERE l.principal = :principal").setParameter("principal", principal)
                .executeUpdate();
    }
}
