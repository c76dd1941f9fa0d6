package app.carnet.domain.staff;

import app.carnet.domain.privacy.DataCategory;
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

/** A person who works in the back office. Name and email are sealed ({@link SealedRecord}). */
@Entity
@Table(name = "staff_member")
@NamedQuery(name = "StaffMember.findAll", query = "SELECT s FROM StaffMember s ORDER BY s.id")
@NamedQuery(name = "StaffMember.findByEmailIndex", query = "SELECT s FROM StaffMember s WHERE s.emailIndex = :index")
class StaffMember extends SealedRecord {

    static final String EMAIL_INDEX = "staff_member.email";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Encrypted(DataCategory.IDENTIFICATION)
    @Column(name = "first_name", nullable = false)
    private byte[] firstName;

    @Encrypted(DataCategory.IDENTIFICATION)
    @Column(name = "last_name", nullable = false)
    private byte[] lastName;

    @Encrypted(DataCategory.CONTACT)
    @Column(nullable = false)
    private byte[] email;

    @Column(name = "email_index", nullable = false, unique = true, length = 32)
    private byte[] emailIndex;

    /** {@code null} until an invited member chooses a password from the welcome link. */
    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StaffRole role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** A replacement's period, Paris dates, both included; {@code null} for the owner and partners. */
    @Column(name = "access_from")
    private LocalDate accessFrom;

    @Column(name = "access_until")
    private LocalDate accessUntil;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected StaffMember() {
    }

    public StaffMember(String firstName, String lastName, String email, String passwordHash, StaffRole role,
            Instant createdAt) {
        this.firstName = seal("first_name", firstName);
        this.lastName = seal("last_name", lastName);
        this.email = seal("email", email);
        this.emailIndex = emailIndex(email);
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    /** A partner or a replacement invited by the owner: no password until the welcome link. */
    static StaffMember invited(String firstName, String lastName, String email, StaffRole role, LocalDate from,
            LocalDate until, Instant now) {
        var member = new StaffMember(firstName, lastName, email, null, role, now);
        if (role == StaffRole.REPLACEMENT) {
            member.accessFrom = from;
            member.accessUntil = until;
        }
        return member;
    }

    /** Whether the member may work today: not ended, and for a replacement, within the period. */
    public boolean mayWork(LocalDate today) {
        if (endedAt != null) {
            return false;
        }
        if (role != StaffRole.REPLACEMENT) {
            return true;
        }
        return accessFrom != null && accessUntil != null && !today.isBefore(accessFrom) && !today.isAfter(accessUntil);
    }

    public boolean isEnded() {
        return endedAt != null;
    }

    void end(Instant now) {
        if (endedAt == null) {
            endedAt = now;
        }
    }

    StaffMemberView view(LocalDate today) {
        return new StaffMemberView(id, getFirstName(), getLastName(), getEmail(), role, accessFrom, accessUntil,
                endedAt, passwordHash != null, mayWork(today));
    }

    static byte[] emailIndex(String email) {
        return index(EMAIL_INDEX, BlindIndex.email(email));
    }

    public Long getId() {
        return id;
    }

    public String getFirstName() {
        return open("first_name", firstName);
    }

    public String getLastName() {
        return open("last_name", lastName);
    }

    public String getEmail() {
        return open("email", email);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public StaffRole getRole() {
        return role;
    }
}
