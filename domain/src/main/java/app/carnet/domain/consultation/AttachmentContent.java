package app.carnet.domain.consultation;

import app.carnet.domain.privacy.DataCategory;
import app.carnet.domain.privacy.WrittenOnlyWith;
import app.carnet.domain.security.Encrypted;
import app.carnet.domain.security.SealedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The sealed bytes of an attachment, in a row of their own (same id as the {@link Attachment}). */
@Entity
@WrittenOnlyWith(Attachment.class)
@Table(name = "attachment_content")
class AttachmentContent extends SealedRecord {

    @Id
    private Long id;

    @Encrypted(DataCategory.HEALTH)
    @Lob
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected AttachmentContent() {
    }

    AttachmentContent(long attachmentId, byte[] content) {
        this.id = attachmentId;
        this.content = sealBytes("content", content);
    }

    byte[] content() {
        return openBytes("content", content);
    }
}
