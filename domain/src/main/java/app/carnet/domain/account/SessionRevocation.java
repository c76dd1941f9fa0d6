package app.carnet.domain.account;

import app.carnet.domain.privacy.Purpose;
import app.carnet.domain.privacy.WritableWhileLimited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Every session of this account that began before {@code revokedAt} is over. */
@Entity
@WritableWhileLimited(Purpose.P18)
@Table(name = "session_revocation")
class SessionRevocation {

    @Id
    @Column(length = 40)
    private String principal;

    @Column(name = "revoked_at", nullable = false)
    private Instant revokedAt;

    protected SessionRevocation() {
    }

    SessionRevocation(String principal, Instant revokedAt) {
        this.principal = principal;
        this.revokedAt = revokedAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    void revoke(Instant now) {
        revokedAt = now;
    }
}
