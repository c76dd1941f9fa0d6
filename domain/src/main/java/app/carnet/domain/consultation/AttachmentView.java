package app.carnet.domain.consultation;

import java.time.Instant;

/** An attachment of a consultation: its name, type and size, not its content. */
public record AttachmentView(long id, String fileName, String contentType, int sizeBytes, Instant addedAt) {

    @Override
    public String toString() {
        return "AttachmentView[id=" + id + "]";
    }
}
