package app.carnet.domain.account;

import app.carnet.domain.privacy.Purpose;
import app.carnet.domain.privacy.WritableWhileLimited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An invitation to set a portal password. Only the SHA-256 of its token is stored; the token
 * itself is in the link sent to the client, and is good once, until it expires.
 */
@Entity
@WritableWhileLimited(Purpose.P18)
@Table(name = "invitation")
@NamedQuery(name = "Invitation.findByTokenHash", query = "SELECT i FROM Invitation i WHERE i.tokenHash = :hash")
@NamedQuery(name = "Invitation.findOpenByClient",
        query = "SELECT i FROM Invitation i WHERE i.clientId = :clientId AND i.usedAt IS NULL AND i.revokedAt IS NULL")
@NamedQuery(name = "Invitation.deleteByClient", query = "DELETE FROM Invitation i WHERE i.clientId = :clientId")
@NamedQuery(name = "Invitation.countByClient", query = "SELECT COUNT(i) FROM Invitation i WHERE i.clientId = :clientId")
class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Invitation() {
    }

    Invitation(long clientId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.clientId = clientId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    long getClientId() {
        return clientId;
    }

    InvitationState state(Instant now) {
        if (usedAt != null) {
            return InvitationState.USED;
        }
        if (revokedAt != null) {
            return InvitationState.REVOKED;
        }
        return now.isBefore(expiresAt) ? InvitationState.VALID : InvitationState.EXPIRED;
    }

    void markUsed(Instant now) {
        usedAt = now;
    }

    void revoke(Instant now) {
        revokedAt = now;
    }
}
