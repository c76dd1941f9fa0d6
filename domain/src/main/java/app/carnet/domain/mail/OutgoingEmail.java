package app.carnet.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An email written in the same transaction as the action that causes it (transactional outbox),
 * sent after commit when SMTP is configured, kept for the outbox page otherwise.
 */
@Entity
@Table(name = "outgoing_email")
@NamedQuery(name = "OutgoingEmail.findRecent", query = "SELECT e FROM OutgoingEmail e ORDER BY e.createdAt DESC, e.id DESC")
@NamedQuery(name = "OutgoingEmail.findIdsByStatus",
        query = "SELECT e.id FROM OutgoingEmail e WHERE e.status = :status AND e.attempts < :maxAttempts ORDER BY e.id")
public class OutgoingEmail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Lob
    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EmailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutgoingEmail() {
    }

    OutgoingEmail(String recipient, String subject, String body, EmailStatus status, Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.status = status;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    EmailStatus getStatus() {
        return status;
    }

    void sent(Instant now) {
        status = EmailStatus.SENT;
        sentAt = now;
        attempts++;
    }

    void failed(int maxAttempts) {
        attempts++;
        if (attempts >= maxAttempts) {
            status = EmailStatus.FAILED;
        }
    }

    EmailView view() {
        return new EmailView(id, recipient, subject, body, status, createdAt, sentAt);
    }
}
