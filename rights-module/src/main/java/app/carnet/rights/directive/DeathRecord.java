package app.carnet.rights.directive;

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
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A client's death as the practitioner recorded it (law.md C-R7: by whom, the proof), the directives then in
 * force, what was done, and where the designee stands: address confirmed, archive downloaded (then deleted).
 */
@Entity
@Table(name = "client_death")
@NamedQuery(name = "DeathRecord.byClient", query = "SELECT d FROM DeathRecord d WHERE d.clientId = :client")
@NamedQuery(name = "DeathRecord.recorded", query = "SELECT COUNT(d) FROM DeathRecord d WHERE d.clientId = :client")
@SuppressWarnings("NullAway.Init") // JPA's constructor
class DeathRecord extends SealedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Encrypted(DataCategory.PERSONAL_CHARACTERISTICS)
    @Column(name = "died_on", nullable = false, updatable = false)
    private byte @Nullable [] diedOn; // sealed from a date: never null

    @Enumerated(EnumType.STRING)
    @Column(name = "learnt_how", nullable = false, length = 20, updatable = false)
    private DeathSource learntHow;

    @Encrypted(DataCategory.IDENTIFICATION)
    @Column(name = "learnt_detail", updatable = false)
    private byte @Nullable [] learntDetail;

    @Encrypted(DataCategory.PERSONAL_CHARACTERISTICS)
    @Column(name = "document", updatable = false)
    private byte @Nullable [] document;

    @Column(name = "document_type", length = 40, updatable = false)
    private @Nullable String documentType;

    /** The client's language, which the designee's emails are written in. */
    @Column(name = "language", nullable = false, length = 10, updatable = false)
    private String language;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 40, updatable = false)
    private String recordedBy;

    /** The version of the directives in force, if any. */
    @Column(name = "directive_version", updatable = false)
    private @Nullable Integer directiveVersion;

    /** What was done, one message key (and its detail) a line: no personal data. */
    @Column(name = "outcome", nullable = false, length = 4000)
    private String outcome = "";

    /** The designee's archive, until it is downloaded. */
    @Encrypted(DataCategory.HEALTH)
    @Column(name = "archive")
    private byte @Nullable [] archive;

    @Column(name = "designee_told_at")
    private @Nullable Instant designeeToldAt;

    @Column(name = "designee_confirmed_at")
    private @Nullable Instant designeeConfirmedAt;

    @Column(name = "archive_downloaded_at")
    private @Nullable Instant archiveDownloadedAt;

    protected DeathRecord() {
    }

    DeathRecord(long clientId, LocalDate diedOn, DeathSource learntHow, @Nullable String learntDetail,
            @Nullable Document document, String language, Instant now, String recordedBy,
            @Nullable Integer directiveVersion) {
        this.clientId = clientId;
        this.language = language;
        this.diedOn = seal("died_on", diedOn);
        this.learntHow = learntHow;
        this.learntDetail = seal("learnt_detail", learntDetail);
        if (document != null) {
            this.document = sealBytes("document", document.content());
            this.documentType = document.mediaType();
        }
        this.recordedAt = now;
        this.recordedBy = recordedBy;
        this.directiveVersion = directiveVersion;
    }

    /** A checked document: its content and what its first bytes say it is. */
    record Document(byte[] content, String mediaType) {
    }

    long getId() {
        return id;
    }

    long getClientId() {
        return clientId;
    }

    String getLanguage() {
        return language;
    }

    @Nullable
    Integer getDirectiveVersion() {
        return directiveVersion;
    }

    void outcome(String lines) {
        outcome = lines;
    }

    void archive(byte[] content) {
        archive = sealBytes("archive", content);
    }

    boolean hasArchive() {
        return archive != null;
    }

    void designeeTold(Instant now) {
        designeeToldAt = now;
    }

    void designeeConfirmed(Instant now) {
        designeeConfirmedAt = now;
    }

    /** The archive, which goes once read: the link worked once. */
    byte @Nullable [] takeArchive(Instant now) {
        byte[] content = openBytes("archive", archive);
        archive = null;
        archiveDownloadedAt = now;
        return content;
    }

    byte @Nullable [] document() {
        return openBytes("document", document);
    }

    DeathView view() {
        LocalDate died = openDate("died_on", diedOn);
        return new DeathView(died == null ? LocalDate.EPOCH : died, learntHow, open("learnt_detail", learntDetail),
                documentType, recordedAt, directiveVersion,
                outcome.isEmpty() ? java.util.List.of() : java.util.List.of(outcome.split("\n")), designeeToldAt,
                designeeConfirmedAt, archiveDownloadedAt);
    }
}
