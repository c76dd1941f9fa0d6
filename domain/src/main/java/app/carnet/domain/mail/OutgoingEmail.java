package app.carnet.domain.mail;

import app.carnet.domain.privacy.DataCategory;
import app.carnet.domain.privacy.Purpose;
import app.carnet.domain.privacy.WritableWhileLimited;
import app.carnet.domain.security.BlindIndex;
import app.carnet.domain.security.Encrypted;
import app.carnet.domain.security.SealedRecord;
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
import java.time.Duration;
import java.time.Instant;

/**
 * An email written in the same transaction as the action that causes it (transactional outbox),
 * sent after commit when SMTP is configured, kept for the outbox page otherwise.
 */
@Entity
@WritableWhileLimited(Purpose.P16)
@Table(name = "outgoing_email")
@NamedQuery(name = "OutgoingEmail.findRecent",
        query = "SELECT e FROM OutgoingEmail e ORDER BY e.createdAt DESC, e.id DESC")
@NamedQuery(name = "OutgoingEmail.findForClient", query = "SELECT e FROM OutgoingEmail e WHERE e.clientId = :client "
        + "OR e.recipientIndex = :index OR e.recipientIndex IS NULL ORDER BY e.id")
@NamedQuery(name = "OutgoingEmail.findIdsDue",
        query = "SELECT e.id FROM OutgoingEmail e WHERE e.status = :status AND e.nextAttemptAt <= :now ORDER BY e.id")
class OutgoingEmail extends SealedRecord {

    static final String TOKEN_IN_LINK = "jeton=[A-Za-z0-9_.-]+";
    private static final String OTHER_ACCOUNT_TOKEN = "(?<!/portail/invitation\\.xhtml\\?)" + TOKEN_IN_LINK;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Encrypted(DataCategory.CONTACT)
    @Column(nullable = false)
    private byte[] recipient;

    /** The client it was written to; {@code null} for staff, and for emails queued before it was kept. */
    @Column(name = "client_id")
    private Long clientId;

    /** A blind index of the recipient's address; {@code null} for the emails queued before it existed. */
    @Column(name = "recipient_index", length = 32)
    private byte[] recipientIndex;

    /** The purpose of the email's template; {@code null} for the emails queued before it was kept. */
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Purpose purpose;

    @Encrypted(DataCategory.CONTACT)
    @Column(nullable = false)
    private byte[] subject;

    @Encrypted(DataCategory.CONTACT)
    @Lob
    @Column(nullable = false)
    private byte[] body;

    /** An iCalendar file to attach, or {@code null}. */
    @Encrypted(DataCategory.BOOKED_SERVICES)
    @Lob
    @Column(name = "calendar")
    private byte[] calendar;

    @Column(name = "calendar_method", length = 10)
    private String calendarMethod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EmailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutgoingEmail() {
    }

    OutgoingEmail(Long clientId, String recipient, Purpose purpose, String subject, String body, EmailStatus status,
            Instant createdAt) {
        this.clientId = clientId;
        this.purpose = purpose;
        this.recipient = seal("recipient", recipient);
        this.recipientIndex = recipientIndex(recipient);
        this.subject = seal("subject", subject);
        this.body = seal("body", body);
        this.status = status;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    void attach(EmailCalendar file) {
        this.calendar = seal("calendar", file.content());
        this.calendarMethod = file.method();
    }

    /** The attached iCalendar file, or {@code null}. */
    EmailCalendar getCalendar() {
        return calendar == null ? null : new EmailCalendar(calendarMethod, open("calendar", calendar));
    }

    static byte[] recipientIndex(String email) {
        return index("outgoing_email.recipient", BlindIndex.email(email));
    }

    Long getId() {
        return id;
    }

    String getRecipient() {
        return open("recipient", recipient);
    }

    Purpose getPurpose() {
        return purpose;
    }

    String getSubject() {
        return open("subject", subject);
    }

    String getBody() {
        return open("body", body);
    }

    EmailStatus getStatus() {
        return status;
    }

    /** Once the SMTP server has it, the stored copy loses the secret of its links (a token is good once). */
    void sent(Instant now) {
        status = EmailStatus.SENT;
        sentAt = now;
        attempts++;
        body = seal("body", getBody().replaceAll(TOKEN_IN_LINK, "jeton=…"));
    }

    /**
     * The SMTP server refused the email or could not be reached: try again later, waiting twice as long
     * each time (1 minute, 2, 4… at most 6 hours), and give up after {@code maxAttempts} tries (about 3 days).
     *
     * @return whether Carnet gave up
     */
    boolean failed(Instant now, int maxAttempts) {
        attempts++;
        if (attempts >= maxAttempts) {
            status = EmailStatus.FAILED;
            return true;
        }
        long minutes = Math.min(1L << Math.min(attempts - 1, 20), 360);
        nextAttemptAt = now.plus(Duration.ofMinutes(minutes));
        return false;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    /**
     * As the outbox page shows it: the links that would let the reader into somebody else's account (password
     * reset, address confirmation, a partner's welcome) lose their token, and work only from the recipient's
     * mailbox; a client's invitation keeps it, as the practitioner may hand it over herself.
     */
    EmailView view() {
        return new EmailView(id, getRecipient(), getSubject(), asShown(getBody()), status, createdAt, sentAt);
    }

    /** As a client's export gives it: no link of the email works any more. */
    EmailView exported() {
        return new EmailView(id, getRecipient(), getSubject(), getBody().replaceAll(TOKEN_IN_LINK, "jeton=…"), status,
                createdAt, sentAt);
    }

    boolean isFor(long client, String canonicalAddress) {
        return clientId != null ? clientId == client : canonicalAddress.equals(BlindIndex.email(getRecipient()));
    }

    static String asShown(String body) {
        return body.replaceAll(OTHER_ACCOUNT_TOKEN, "jeton=…");
    }
}
