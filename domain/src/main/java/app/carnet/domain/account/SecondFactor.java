package app.carnet.domain.account;

import app.carnet.domain.privacy.DataCategory;
import app.carnet.domain.privacy.Purpose;
import app.carnet.domain.privacy.WritableWhileLimited;
import app.carnet.domain.security.Encrypted;
import app.carnet.domain.security.SealedRecord;
import app.carnet.domain.security.Totp;
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
import java.util.Base64;

/**
 * The TOTP secret of an account whose second factor is on (a staff member's or a client's), and the last
 * time step accepted, so that a code serves once. The row exists only while the second factor is on.
 */
@Entity
@WritableWhileLimited(Purpose.P18)
@Table(name = "second_factor")
@NamedQuery(name = "SecondFactor.findByOwner",
        query = "SELECT f FROM SecondFactor f WHERE f.ownerRealm = :realm AND f.ownerId = :id")
class SecondFactor extends SealedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_realm", nullable = false, length = 10)
    private Realm ownerRealm;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    /** Sealed; read only through {@link #secret()}, the one place where it is decrypted. */
    @Encrypted(DataCategory.IDENTIFICATION)
    @Column(name = "totp_secret", nullable = false, length = 255)
    private byte[] totpSecret;

    @Column(name = "totp_enabled_at", nullable = false)
    private Instant enabledAt;

    @Column(name = "totp_last_step", nullable = false)
    private long lastStep;

    protected SecondFactor() {
    }

    SecondFactor(FactorOwner owner, byte[] secret, long acceptedStep, Instant now) {
        this.ownerRealm = owner.realm();
        this.ownerId = owner.id();
        this.totpSecret = sealSecret(secret);
        this.lastStep = acceptedStep;
        this.enabledAt = now;
    }

    /** Accepts a code of the app once: its step must be in the window around now and later than the last one. */
    boolean accept(String code, Instant now) {
        var step = Totp.verify(secret(), code, now, lastStep);
        step.ifPresent(s -> lastStep = s);
        return step.isPresent();
    }

    /** A new secret (a new app), confirmed by a code of the step {@code acceptedStep}. */
    void replace(byte[] secret, long acceptedStep, Instant now) {
        this.totpSecret = sealSecret(secret);
        this.lastStep = acceptedStep;
        this.enabledAt = now;
    }

    FactorOwner owner() {
        return new FactorOwner(ownerRealm, ownerId);
    }

    Instant enabledAt() {
        return enabledAt;
    }

    private byte[] secret() {
        return Base64.getDecoder().decode(open("totp_secret", totpSecret));
    }

    private byte[] sealSecret(byte[] secret) {
        return seal("totp_secret", Base64.getEncoder().encodeToString(secret));
    }
}
