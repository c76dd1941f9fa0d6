package app.carnet.domain.exchange;

import app.carnet.domain.privacy.DataCategory;
import app.carnet.domain.security.Encrypted;
import app.carnet.domain.security.SealedRecord;
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

/** A message of the secure messaging between a client and the practice. */
@Entity
@Table(name = "message")
@NamedQuery(name = "Message.findByClient", query = "SELECT m FROM Message m WHERE m.clientId = :client "
        + "ORDER BY m.sentAt, m.id")
@NamedQuery(name = "Message.countUnread", query = "SELECT COUNT(m) FROM Message m "
        + "WHERE m.clientId = :client AND m.author = :author AND m.readAt IS NULL")
@NamedQuery(name = "Message.clientsWithUnread", query = "SELECT DISTINCT m.clientId FROM Message m "
        + "WHERE m.author = app.carnet.domain.exchange.Author.CLIENT AND m.readAt IS NULL")
class Message extends SealedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Author author;

    @Column(name = "sent_by", updatable = false)
    private Long sentBy;

    @Encrypted(DataCategory.CONTACT)
    @Column(name = "body", nullable = false, updatable = false)
    private byte[] body;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Message() {
    }

    Message(long clientId, Author author, Long sentBy, String body, Instant now) {
        this.clientId = clientId;
        this.author = author;
        this.sentBy = sentBy;
        this.body = seal("body", body);
        this.sentAt = now;
    }

    /** The other side opened the conversation: the message is read. */
    void readBy(Author reader, Instant now) {
        if (reader != author && readAt == null) {
            readAt = now;
        }
    }

    MessageLine line() {
        return new MessageLine(id, author, open("body", body), sentAt, readAt);
    }
}
