package app.carnet.domain.account;

import app.carnet.domain.privacy.Purpose;
import app.carnet.domain.privacy.WritableWhileLimited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One single-use recovery code of an account's second factor, kept as a salted hash ({@link RecoveryCodes}). */
@Entity
@WritableWhileLimited(Purpose.P18)
@Table(name = "recovery_code")
@NamedQuery(name = "RecoveryCode.findUnusedByOwner", query = "SELECT c FROM RecoveryCode c"
        + " WHERE c.ownerRealm = :realm AND c.ownerId = :id AND c.usedAt IS NULL")
@NamedQuery(name = "RecoveryCode.deleteByOwner",
        query = "DELETE FROM RecoveryCode c WHERE c.ownerRealm = :realm AND c.ownerId = :id")
class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_realm", nullable = false, length = 10)
    private Realm ownerRealm;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "code_hash", nullable = false, length = 200)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(FactorOwner owner, String codeHash, Instant createdAt) {
        this.ownerRealm = owner.realm();
        this.ownerId = owner.id();
        this.codeHash = codeHash;
        this.createdAt = createdAt;
    }

    FactorOwner owner() {
        return new FactorOwner(ownerRealm, ownerId);
    }

    boolean isUsed() {
        return usedAt != null;
    }

    /** @param normalised a code as {@link RecoveryCodes#normalise} leaves it */
    boolean matches(String normalised) {
        return usedAt == null && RecoveryCodes.matches(normalised, codeHash);
    }

    void use(Instant now) {
        usedAt = now;
    }
}
