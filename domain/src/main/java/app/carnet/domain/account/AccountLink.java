package app.carnet.domain.account;

import app.carnet.domain.privacy.Purpose;
import app.carnet.domain.privacy.WritableWhileLimited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signed link that was sent: whose it is, until when, and whether it served. */
@Entity
@WritableWhileLimited(Purpose.P18)
@Table(name = "account_link")
@NamedQuery(name = "AccountLink.findOpen", query = "SELECT l FROM AccountLink l WHERE l.principal = :principal "
        + "AND l.purpose = :purpose AND l.usedAt IS NULL")
class AccountLink {

    @Id
    @Column(length = 32)
    private String jti;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private LinkPurpose purpose;

    @Column(nullable = false, length = 40)
    private String principal;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountLink() {
    }

    AccountLink(String jti, LinkPurpose purpose, String principal, Instant createdAt, Instant expiresAt) {
        this.jti = jti;
        this.purpose = purpose;
        this.principal = principal;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    String getPrincipal() {
        return principal;
    }

    LinkPurpose getPurpose() {
        return purpose;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Burns the link; sending a newer one burns the older ones too. */
    void use(Instant now) {
        usedAt = now;
    }
}
