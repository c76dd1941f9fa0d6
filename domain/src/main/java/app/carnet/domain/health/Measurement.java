package app.carnet.domain.health;

import app.carnet.domain.privacy.DataCategory;
import app.carnet.domain.security.Encrypted;
import app.carnet.domain.shared.Authorship;
import app.carnet.domain.shared.VoidableRecord;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A client's height and weight on a day; either may be missing. */
@Entity
@Table(name = "measurement")
@NamedQuery(name = "Measurement.findByClient", query = "SELECT m FROM Measurement m WHERE m.clientId = :client "
        + "ORDER BY m.measuredOn, m.id")
class Measurement extends VoidableRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "measured_on", nullable = false, updatable = false)
    private LocalDate measuredOn;

    @Encrypted(DataCategory.HEALTH)
    @Column(name = "height_cm", updatable = false)
    private byte[] heightCm;

    @Encrypted(DataCategory.HEALTH)
    @Column(name = "weight_kg", updatable = false)
    private byte[] weightKg;

    @Embedded
    @AttributeOverride(name = "createdBy", column = @Column(name = "created_by", nullable = false, updatable = false))
    @SuppressWarnings("UnusedVariable") // written for the audit, read by the database's readers, not by Java
    private Authorship authorship;

    protected Measurement() {
    }

    Measurement(long clientId, LocalDate measuredOn, Integer heightCm, BigDecimal weightKg, Instant now, long staffId) {
        this.clientId = clientId;
        this.measuredOn = measuredOn;
        this.heightCm = seal("height_cm", heightCm == null ? null : heightCm.toString());
        this.weightKg = seal("weight_kg", weightKg == null ? null : weightKg.toPlainString());
        this.authorship = new Authorship(now, staffId);
    }

    long getClientId() {
        return clientId;
    }

    /** The measurement, its body-mass index from its own height (none without one: see {@link HealthService#record}). */
    MeasurementLine line() {
        String height = open("height_cm", heightCm);
        String weight = open("weight_kg", weightKg);
        Integer ownHeight = height == null ? null : Integer.valueOf(height);
        BigDecimal kilograms = weight == null ? null : new BigDecimal(weight);
        return new MeasurementLine(id, measuredOn, ownHeight, kilograms,
                Bmi.of(kilograms, ownHeight), voidedAt(),
                voidReason());
    }
}
