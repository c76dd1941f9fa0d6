package app.carnet.domain.account;

import app.carnet.domain.privacy.Purpose;
import app.carnet.domain.privacy.WritableWhileLimited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A client's portal password, set from an invitation or at registration. One per client, keyed by the
 * client's id. The client logs in only once the email address is verified (by either link).
 */
@Entity
@WritableWhileLimited(Purpose.P18)
@Table(name = "client_credential")
class ClientCredential {

    @Id
    @Column(name = "client_id")
    private Long clientId;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    protected ClientCredential() {
    }

    ClientCredential(long clientId, String passwordHash, Instant updatedAt) {
        this.clientId = clientId;
        this.passwordHash = passwordHash;
        this.updatedAt = updatedAt;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void changePassword(String passwordHash, Instant updatedAt) {
        this.passwordHash = passwordHash;
        this.updatedAt = updatedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    void emailVerified(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
    }
}
