package app.carnet.domain.exchange;

import app.carnet.domain.privacy.DataCategory;
import app.carnet.domain.security.Encrypted;
import app.carnet.domain.security.SealedRecord;
import app.carnet.domain.shared.Authorship;
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

/** A call, letter or email the practice received from a client, summed up, with what to do next. */
@Entity
@Table(name = "incoming_contact")
@NamedQuery(name = "IncomingContact.findByClient", query = "SELECT i FROM IncomingContact i WHERE i.clientId = :client "
        + "ORDER BY i.receivedAt DESC, i.id DESC")
class IncomingContact extends SealedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Channel channel;

    @Encrypted(DataCategory.CONTACT)
    @Column(name = "summary", nullable = false, updatable = false)
    private byte[] summary;

    @Encrypted(DataCategory.CONTACT)
    @Column(name = "follow_up", updatable = false)
    private byte[] followUp;

    @Column(name = "done_at")
    private Instant doneAt;

    @Embedded
    @AttributeOverride(name = "createdBy", column = @Column(name = "created_by", nullable = false, updatable = false))
    @SuppressWarnings("UnusedVariable") // written for the audit, read by the database's readers, not by Java
    private Authorship authorship;

    protected IncomingContact() {
    }

    IncomingContact(long clientId, Instant receivedAt, Channel channel, String summary, String followUp, Instant now,
            long staffId) {
        this.clientId = clientId;
        this.receivedAt = receivedAt;
        this.channel = channel;
        this.summary = seal("summary", summary);
        this.followUp = seal("follow_up", followUp);
        this.doneAt = followUp == null ? now : null;
        this.authorship = new Authorship(now, staffId);
    }

    long getClientId() {
        return clientId;
    }

    void done(Instant now) {
        if (doneAt == null) {
            doneAt = now;
        }
    }

    IncomingLine line() {
        return new IncomingLine(id, receivedAt, channel, open("summary", summary), open("follow_up", followUp), doneAt);
    }
}
