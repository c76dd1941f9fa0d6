package app.carnet.domain.health;

import app.carnet.domain.privacy.DataCategory;
import app.carnet.domain.security.Encrypted;
import app.carnet.domain.shared.Authorship;
import app.carnet.domain.shared.VoidableRecord;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One dated fact of a client's anamnesis: a past illness, a current treatment, an allergy. */
@Entity
@Table(name = "anamnesis_entry")
@NamedQuery(name = "AnamnesisEntry.findByClient", query = "SELECT a FROM AnamnesisEntry a WHERE a.clientId = :client "
        + "ORDER BY a.notedOn DESC, a.id DESC")
class AnamnesisEntry extends VoidableRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private AnamnesisKind kind;

    @Encrypted(DataCategory.HEALTH)
    @Column(name = "text", nullable = false, updatable = false)
    private byte[] text;

    @Column(name = "noted_on", nullable = false, updatable = false)
    private LocalDate notedOn;

    @Embedded
    @AttributeOverride(name = "createdBy", column = @Column(name = "created_by", nullable = false, updatable = false))
    @SuppressWarnings("UnusedVariable") // written for the audit, read by the database's readers, not by Java
    private Authorship authorship;

    protected AnamnesisEntry() {
    }

    AnamnesisEntry(long clientId, AnamnesisKind kind, String text, LocalDate notedOn, Instant now, long staffId) {
        this.clientId = clientId;
        this.kind = kind;
        this.text = seal("text", text);
        this.notedOn = notedOn;
        this.authorship = new Authorship(now, staffId);
    }

    long getClientId() {
        return clientId;
    }

    AnamnesisLine line() {
        return new AnamnesisLine(id, kind, open("text", text), notedOn, voidedAt(),
                voidReason());
    }
}
