package app.carnet.domain.consultation;

import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.KeptData;
import app.carnet.domain.privacy.PersonalDataHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The personal-data contract for consultations and their attachments (the files themselves in an archive). */
@ApplicationScoped
public class ConsultationData implements PersonalDataHolder {

    private static final String FOLDER = "pieces-jointes";

    @Inject
    ConsultationRepository consultations;

    @Override
    public Set<String> tables() {
        return Set.of("consultation", "consultation_attachment", "attachment_content");
    }

    @Override
    public void export(long clientId, ClientExport export) {
        var views = new ArrayList<ConsultationView>();
        for (Consultation consultation : consultations.findByClient(clientId)) {
            var attachments = consultations.attachments(consultation.getId());
            views.add(consultation.view(attachments.stream().map(Attachment::view).toList()));
            for (Attachment attachment : attachments) {
                export.file(FOLDER, name(attachment.view()), attachment.view().sizeBytes(),
                        () -> consultations.readContent(attachment.getId()));
            }
        }
        // What the practitioner wrote and filed: in the access archive only (art. 15), not the portability one.
        export.add("consultations", views);
    }

    /** The path of an attachment's file in a client's archive. */
    public static String archivePath(AttachmentView attachment) {
        return ClientExport.path(FOLDER, name(attachment));
    }

    private static String name(AttachmentView attachment) {
        return attachment.id() + "-" + attachment.fileName();
    }

    @Override
    public List<KeptData> erase(long clientId) {
        for (Consultation consultation : consultations.findByClient(clientId)) {
            for (Attachment attachment : consultations.attachments(consultation.getId())) {
                consultations.findContent(attachment.getId()).ifPresent(consultations::delete);
                consultations.delete(attachment);
            }
            consultations.delete(consultation);
        }
        return List.of();
    }
}
