package app.carnet.domain.consultation;

import java.time.Instant;
import java.util.List;

/** A consultation as the back office shows it, with its attachments. */
public record ConsultationView(long id, long clientId, ConsultationForm form, List<AttachmentView> attachments,
        Instant voidedAt, String voidReason) {

    @Override
    public String toString() {
        return "ConsultationView[id=" + id + "]";
    }
}
