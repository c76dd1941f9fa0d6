package app.carnet.rights.directive;

import app.carnet.domain.privacy.DataCategory;
import app.carnet.domain.security.Encrypted;
import app.carnet.domain.security.SealedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One version of a client's particular directives, never changed once written: a change or a revocation is a new
 * version, and only the newest is {@code current}. A revocation has no choices.
 */
@Entity
@Table(name = "directive_version")
@NamedQuery(name = "DirectiveVersion.byClient", query = "SELECT d FROM DirectiveVersion d "
        + "WHERE d.clientId = :client ORDER BY d.version DESC")
@NamedQuery(name = "DirectiveVersion.current", query = "SELECT d FROM DirectiveVersion d "
        + "WHERE d.clientId = :client AND d.current = TRUE")
@SuppressWarnings("NullAway.Init") // JPA's constructor
class DirectiveVersion extends SealedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    @Column(nullable = false, updatable = false)
    private boolean revoked;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    /** {@code HEALTH=COMMUNICATE,…}: categories and choices, no personal data. */
    @Column(nullable = false, length = 300, updatable = false)
    private String choices;

    @Encrypted(DataCategory.IDENTIFICATION)
    @Column(name = "designee_name", updatable = false)
    private byte @Nullable [] designeeName;

    @Encrypted(DataCategory.CONTACT)
    @Column(name = "designee_email", updatable = false)
    private byte @Nullable [] designeeEmail;

    @Encrypted(DataCategory.IDENTIFICATION)
    @Column(name = "note", updatable = false)
    private byte @Nullable [] note;

    protected DirectiveVersion() {
    }

    private DirectiveVersion(long clientId, int version, Instant filedAt, boolean revoked, String choices) {
        this.clientId = clientId;
        this.version = version;
        this.filedAt = filedAt;
        this.revoked = revoked;
        this.current = true;
        this.choices = choices;
    }

    static DirectiveVersion filed(long clientId, int version, DirectiveTerms terms, Instant now) {
        var filed = new DirectiveVersion(clientId, version, now, false, terms.encoded());
        filed.designeeName = filed.seal("designee_name", terms.designeeName());
        filed.designeeEmail = filed.seal("designee_email", terms.designeeEmail());
        filed.note = filed.seal("note", terms.note());
        return filed;
    }

    static DirectiveVersion revocation(long clientId, int version, Instant now) {
        return new DirectiveVersion(clientId, version, now, true, "");
    }

    long getId() {
        return id;
    }

    long getClientId() {
        return clientId;
    }

    int getVersion() {
        return version;
    }

    boolean isRevoked() {
        return revoked;
    }

    /** A newer version replaced this one. */
    void replaced() {
        current = false;
    }

    DirectiveTerms terms() {
        return new DirectiveTerms(DirectiveTerms.decode(choices), open("designee_name", designeeName),
                open("designee_email", designeeEmail), open("note", note));
    }

    DirectiveView view() {
        return new DirectiveView(version, filedAt, current, revoked, revoked ? null : terms());
    }
}
