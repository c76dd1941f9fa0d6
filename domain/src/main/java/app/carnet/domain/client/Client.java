package app.carnet.domain.client;

import app.carnet.domain.privacy.DataCategory;
import app.carnet.domain.security.BlindIndex;
import app.carnet.domain.security.Encrypted;
import app.carnet.domain.security.SealedRecord;
import app.carnet.domain.shared.Authorship;
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
import java.util.List;
import java.util.Objects;

/**
 * A client of the practice: identity, personal characteristics, contact, personal life, the source of the data and
 * free notes. Every personal field is sealed ({@link SealedRecord}); email, last name and phones can be looked up
 * through blind indexes.
 */
@Entity
@Table(name = "client")
@NamedQuery(name = "Client.findByEmailIndex", query = "SELECT c FROM Client c WHERE c.emailIndex = :index")
@NamedQuery(name = "Client.findByNamePrefix", query = "SELECT c FROM Client c WHERE c.lastNamePrefix = :prefix "
        + "OR c.firstNamePrefix = :prefix")
@NamedQuery(name = "Client.findByPhone", query = "SELECT c FROM Client c WHERE c.mobilePhoneIndex = :index "
        + "OR c.otherPhoneIndex = :index")
@NamedQuery(name = "Client.findWithoutNamePrefix", query = "SELECT c FROM Client c WHERE c.lastNamePrefix IS NULL")
class Client extends SealedRecord {

    static final String EMAIL_INDEX = "client.email";
    static final String LAST_NAME_INDEX = "client.last_name";
    static final String PHONE_INDEX = "client.phone";
    static final String NAME_PREFIX_INDEX = "client.name_prefix";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Encrypted(DataCategory.IDENTIFICATION)
    @Column(name = "last_name", nullable = false)
    private byte[] lastName;

    @Encrypted(DataCategory.IDENTIFICATION)
    @Column(name = "first_name", nullable = false)
    private byte[] firstName;

    @Encrypted(DataCategory.CONTACT)
    @Column(nullable = false)
    private byte[] email;

    @Encrypted(DataCategory.PERSONAL_CHARACTERISTICS)
    @Column(name = "birth_date", nullable = false)
    private byte[] birthDate;

    @Column(name = "email_index", nullable = false, unique = true, length = 32)
    private byte[] emailIndex;

    @Column(name = "last_name_index", nullable = false, length = 32)
    private byte[] lastNameIndex;

    /** The language of the emails and documents sent to this client. */
    @Column(nullable = false, length = 5)
    private String language;

    @Embedded
    private Authorship authorship;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ClientSource source;

    @Encrypted(DataCategory.IDENTIFICATION)
    @Column(name = "siren")
    private byte[] siren;

    @Encrypted(DataCategory.CONTACT)
    @Column(name = "address")
    private byte[] address;

    @Encrypted(DataCategory.CONTACT)
    @Column(name = "postal_code")
    private byte[] postalCode;

    @Encrypted(DataCategory.CONTACT)
    @Column(name = "city")
    private byte[] city;

    @Encrypted(DataCategory.CONTACT)
    @Column(name = "mobile_phone")
    private byte[] mobilePhone;

    @Encrypted(DataCategory.CONTACT)
    @Column(name = "other_phone")
    private byte[] otherPhone;

    @Column(name = "last_name_prefix", length = 32)
    private byte[] lastNamePrefix;

    @Column(name = "first_name_prefix", length = 32)
    private byte[] firstNamePrefix;

    @Column(name = "mobile_phone_index", length = 32)
    private byte[] mobilePhoneIndex;

    @Column(name = "other_phone_index", length = 32)
    private byte[] otherPhoneIndex;

    @Encrypted(DataCategory.PERSONAL_LIFE)
    @Column(name = "interests")
    private byte[] interests;

    @Encrypted(DataCategory.PERSONAL_LIFE)
    @Column(name = "marital_status")
    private byte[] maritalStatus;

    /** Who gave the data, for a referral. */
    @Encrypted(DataCategory.IDENTIFICATION)
    @Column(name = "source_detail")
    private byte[] sourceDetail;

    @Encrypted(DataCategory.PERSONAL_LIFE)
    @Column(name = "notes")
    private byte[] notes;

    /** The day the relationship ended (Paris), or {@code null} while it goes on. */
    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "updated_at")
    private Instant updatedAt;

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
        reindexNames(lastName, firstName);
        this.authorship = new Authorship(createdAt, createdBy);
        this.source = createdBy == null ? ClientSource.SELF : ClientSource.PRACTICE;
    }

    static byte[] emailIndex(String email) {
        return index(EMAIL_INDEX, BlindIndex.email(email));
    }

    /** Both phone columns share one index key, so that a number is found in either. */
    static byte[] phoneIndex(String phone) {
        return index(PHONE_INDEX, phone);
    }

    /** Both name columns share one index key, so that the start of a name is found in either. */
    static byte[] namePrefixIndex(String prefix) {
        return index(NAME_PREFIX_INDEX, prefix);
    }

    /** Computes the name-prefix indexes of a file that predates them. */
    void reindexNames() {
        reindexNames(getLastName(), getFirstName());
    }

    private void reindexNames(String last, String first) {
        this.lastNamePrefix = namePrefixIndex(BlindIndex.namePrefix(last));
        this.firstNamePrefix = namePrefixIndex(BlindIndex.namePrefix(first));
    }

    /** Whether every word of a search, as {@link BlindIndex#name} writes it, starts a word of this client's names. */
    boolean matches(List<String> words) {
        // A client always has both names (ClientService checks them), so their forms are never null.
        String last = Objects.requireNonNull(BlindIndex.name(getLastName()));
        String first = Objects.requireNonNull(BlindIndex.name(getFirstName()));
        var own = new java.util.ArrayList<String>();
        own.addAll(List.of(last.split(" ")));
        own.addAll(List.of(first.split(" ")));
        own.add(last.replace(" ", ""));
        own.add(first.replace(" ", ""));
        return words.stream().allMatch(word -> own.stream().anyMatch(w -> w.startsWith(word)));
    }

    /** Replaces the whole file with a checked one. */
    void update(ClientFile file, Instant now) {
        this.lastName = seal("last_name", file.lastName());
        this.lastNameIndex = index(LAST_NAME_INDEX, BlindIndex.name(file.lastName()));
        this.firstName = seal("first_name", file.firstName());
        reindexNames(file.lastName(), file.firstName());
        this.email = seal("email", file.email());
        this.emailIndex = emailIndex(file.email());
        this.birthDate = seal("birth_date", file.birthDate());
        this.language = file.language();
        this.siren = seal("siren", file.siren());
        this.address = seal("address", file.address());
        this.postalCode = seal("postal_code", file.postalCode());
        this.city = seal("city", file.city());
        this.mobilePhone = seal("mobile_phone", file.mobilePhone());
        this.mobilePhoneIndex = phoneIndex(file.mobilePhone());
        this.otherPhone = seal("other_phone", file.otherPhone());
        this.otherPhoneIndex = phoneIndex(file.otherPhone());
        this.interests = seal("interests", file.interests());
        this.maritalStatus = seal("marital_status", file.maritalStatus() == null ? null : file.maritalStatus().name());
        this.source = file.source();
        this.sourceDetail = seal("source_detail", file.source() == ClientSource.REFERRAL ? file.sourceDetail() : null);
        this.notes = seal("notes", file.notes());
        this.updatedAt = now;
    }

    /** Replaces the contact data with checked values, as the client corrected them. */
    void correctContact(ContactData contact, Instant now) {
        this.address = seal("address", contact.address());
        this.postalCode = seal("postal_code", contact.postalCode());
        this.city = seal("city", contact.city());
        this.mobilePhone = seal("mobile_phone", contact.mobilePhone());
        this.mobilePhoneIndex = phoneIndex(contact.mobilePhone());
        this.otherPhone = seal("other_phone", contact.otherPhone());
        this.otherPhoneIndex = phoneIndex(contact.otherPhone());
        this.updatedAt = now;
    }

    /** The relationship ended on this day: the retention clock starts. */
    void end(LocalDate day) {
        this.endedOn = day;
    }

    /** The client came back: the relationship goes on. */
    void resume() {
        this.endedOn = null;
    }

    public LocalDate getEndedOn() {
        return endedOn;
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
        return authorship.at();
    }

    ClientFile file() {
        String status = open("marital_status", maritalStatus);
        return new ClientFile(getLastName(), getFirstName(), open("siren", siren), getBirthDate(), getEmail(), language,
                open("address", address), open("postal_code", postalCode), open("city", city),
                open("mobile_phone", mobilePhone), open("other_phone", otherPhone), open("interests", interests),
                status == null ? null : MaritalStatus.valueOf(status), source, open("source_detail", sourceDetail),
                open("notes", notes));
    }

    ClientSummary summary() {
        return new ClientSummary(id, getLastName(), getFirstName(), getEmail(), open("mobile_phone", mobilePhone),
                getBirthDate(), endedOn);
    }

    ClientView view() {
        return new ClientView(id, file(), authorship.at(), updatedAt, endedOn);
    }
}
