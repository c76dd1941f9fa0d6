package app.carnet.domain.client;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A client of the practice: identity and contact (data categories: identification, contact). Every personal
 * field is sealed ({@link SealedRecord}); email and last name can be looked up through blind indexes.
 */
@Entity
@Table(name = "client")
@NamedQuery(name = "Client.findByEmailIndex", query = "SELECT c FROM Client c WHERE c.emailIndex = :index")
@NamedQuery(name = "Client.count", query = "SELECT COUNT(c) FROM Client c")
@NamedQuery(name = "Client.findAll", query = "SELECT c FROM Client c ORDER BY c.id")
@NamedQuery(name = "Client.findSharedWith", query = "SELECT c FROM Client c WHERE EXISTS "
        + "(SELECT s FROM ClientShare s WHERE s.clientId = c.id AND s.staffId = :staff) ORDER BY c.id")
public class Client extends SealedRecord {

    static final String EMAIL_INDEX = "client.email";
    static final String LAST_NAME_INDEX = "client.last_name";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Encrypted
    @Column(name = "last_name", nullable = false)
    private byte[] lastName;

    @Encrypted
    @Column(name = "first_name", nullable = false)
    private byte[] firstName;

    @Encrypted
    @Column(nullable = false)
    private byte[] email;

    @Encrypted
    @Column(name = "birth_date", nullable = false)
    private byte[] birthDate;

    @Column(name = "email_index", nullable = false, unique = true, length = 32)
    private byte[] emailIndex;

    @Column(name = "last_name_index", nullable = false, length = 32)
    private byte[] lastNameIndex;

    /** The language of the emails and documents sent to this client. */
    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The staff member who opened the file; {@code null} when the client registered from the portal. */
    @Column(name = "created_by")
    private Long createdBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ClientSource source;

    protected Client() {
    }

    Client(String lastName, String firstName, String email, LocalDate birthDate, String language, Instant createdAt,
            Long createdBy) {
        this.lastName = seal("last_name", lastName);
        this.lastNameIndex = index(LAST_NAME_INDEX, BlindIndex.name(lastName));
        this.firstName = seal("first_name", firstName);
        this.email = seal("email", email);
        this.emailIndex = emailIndex(email);
        this.birthDate = seal("birth_date", birthDate);
        this.language = language;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.source = createdBy == null ? ClientSource.SELF : ClientSource.PRACTICE;
    }

    static byte[] emailIndex(String email) {
        return index(EMAIL_INDEX, BlindIndex.email(email));
    }

    public Long getId() {
        return id;
    }

    public String getLastName() {
        return open("last_name", lastName);
    }

    public String getFirstName() {
        return open("first_name", firstName);
    }

    public String getEmail() {
        return open("email", email);
    }

    public LocalDate getBirthDate() {
        return openDate("birth_date", birthDate);
    }

    public String getLanguage() {
        return language;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    ClientView view() {
        return new ClientView(id, getLastName(), getFirstName(), getEmail(), getBirthDate(), language, createdAt);
    }
}
