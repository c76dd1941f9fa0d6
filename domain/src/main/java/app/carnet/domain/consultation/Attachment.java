package app.carnet.domain.consultation;

import app.carnet.domain.privacy.DataCategory;
import app.carnet.domain.security.Encrypted;
import app.carnet.domain.security.SealedRecord;
import app.carnet.domain.shared.Authorship;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a consultation (its content is an {@link AttachmentContent}, loaded only to be downloaded). */
@Entity
@Table(name = "consultation_attachment")
@NamedQuery(name = "Attachment.findByConsultation", query = "SELECT a FROM Attachment a "
        + "WHERE a.consultationId = :consultation ORDER BY a.id")
class Attachment extends SealedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private long consultationId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Encrypted(DataCategory.HEALTH)
    @Column(name = "file_name", nullable = false, updatable = false)
    private byte[] fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Embedded
    @AttributeOverride(name = "createdBy", column = @Column(name = "created_by", nullable = false, updatable = false))
    private Authorship authorship;

    protected Attachment() {
    }

    Attachment(long consultationId, long clientId, String fileName, FileType type, int sizeBytes, Instant now,
            long staffId) {
        this.consultationId = consultationId;
        this.clientId = clientId;
        this.fileName = seal("file_name", fileName);
        this.contentType = type.mediaType();
        this.sizeBytes = sizeBytes;
        this.authorship = new Authorship(now, staffId);
    }

    Long getId() {
        return id;
    }

    long getClientId() {
        return clientId;
    }

    AttachmentView view() {
        return new AttachmentView(id, open("file_name", fileName), contentType, sizeBytes, authorship.at());
    }
}
