package app.carnet.domain.consultation;

import app.carnet.domain.client.ClientService;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Checks;
import app.carnet.domain.shared.Dates;
import app.carnet.domain.shared.FileAccessed;
import app.carnet.domain.shared.FileAction;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.domain.shared.Principals;
import app.carnet.domain.shared.VoidableRecord;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Consultation records and their attachments (purpose P03), for staff who may see the client's file
 * ({@link ClientService#checkAccess}); every read and change is journaled. A wrong record is voided, not deleted.
 */
@Stateless
@RolesAllowed({"OWNER", "PARTNER", "REPLACEMENT"})
public class ConsultationService {

    @Inject
    ConsultationRepository consultations;
    @Inject
    ClientService clients;
    @Inject
    Event<FileAccessed> accessed;
    @Inject
    SecurityContext security;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "carnet.attachments.max-bytes", defaultValue = "8388608")
    int maxBytes;

    /** The largest attachment accepted, in bytes. */
    public int maxAttachmentBytes() {
        return maxBytes;
    }

    /** A client's consultations, newest first (their reasons are health data: journaled). */
    public List<ConsultationLine> list(long clientId) {
        clients.checkAccess(clientId);
        var lines = consultations.findByClient(clientId).stream().map(Consultation::line).toList();
        accessed.fire(new FileAccessed(clientId, FileAction.CONSULTATION_READ));
        return lines;
    }

    public ConsultationView get(long id) {
        var consultation = reachable(id);
        var attachments = consultations.attachments(id).stream().map(Attachment::view).toList();
        accessed.fire(new FileAccessed(consultation.getClientId(), FileAction.CONSULTATION_READ));
        return consultation.view(attachments);
    }

    /**
     * Records a new consultation ({@code id} {@code null}) or rewrites one.
     *
     * @return its id
     * @throws BusinessException with every problem of the form
     */
    public long save(long clientId, Long id, ConsultationForm input) {
        clients.checkAccess(clientId);
        var form = check(input);
        Consultation consultation;
        if (id == null) {
            consultation = new Consultation(clientId, clock.instant(), me());
            consultation.write(form, clock.instant());
            consultations.save(consultation);
        } else {
            consultation = reachable(id);
            if (consultation.getClientId() != clientId) {
                throw new NotFoundException();
            }
            consultation.write(form, clock.instant());
        }
        accessed.fire(new FileAccessed(clientId, FileAction.CONSULTATION_RECORDED));
        return consultation.getId();
    }

    public void voidConsultation(long id, String why) {
        var consultation = reachable(id);
        consultation.voidWith(VoidableRecord.reason(why, "voidReason"), clock.instant(), me());
        accessed.fire(new FileAccessed(consultation.getClientId(), FileAction.CONSULTATION_VOIDED));
    }

    /**
     * Attaches a PDF, PNG or JPEG file, recognised by its content, of at most {@code carnet.attachments.max-bytes}.
     *
     * @throws BusinessException {@code attachment.empty}, {@code attachment.tooLarge} or {@code attachment.type}
     */
    public long attach(long consultationId, Upload upload) {
        var consultation = reachable(consultationId);
        if (consultation.isVoid()) {
            throw new BusinessException("health.alreadyVoid");
        }
        byte[] content = upload.content();
        if (content == null || content.length == 0) {
            throw new BusinessException("attachment.empty", "upload");
        }
        if (content.length > maxBytes) {
            throw new BusinessException("attachment.tooLarge", "upload");
        }
        var type = FileType.of(content).orElseThrow(() -> new BusinessException("attachment.type", "upload"));
        var attachment = new Attachment(consultationId, consultation.getClientId(), fileName(upload.fileName(), type),
                type, content.length, clock.instant(), me());
        consultations.save(attachment);
        consultations.save(new AttachmentContent(attachment.getId(), content));
        accessed.fire(new FileAccessed(consultation.getClientId(), FileAction.ATTACHMENT_ADDED));
        return attachment.getId();
    }

    /** The file, for its download: journaled. */
    public Download download(long attachmentId) {
        var attachment = consultations.findAttachment(attachmentId).orElseThrow(NotFoundException::new);
        clients.checkAccess(attachment.getClientId());
        var view = attachment.view();
        byte[] content = consultations.findContent(attachmentId).orElseThrow(NotFoundException::new).content();
        accessed.fire(new FileAccessed(attachment.getClientId(), FileAction.ATTACHMENT_READ));
        return new Download(view.fileName(), view.contentType(), content);
    }

    private Consultation reachable(long id) {
        var consultation = consultations.find(id).orElseThrow(NotFoundException::new);
        clients.checkAccess(consultation.getClientId());
        return consultation;
    }

    private ConsultationForm check(ConsultationForm input) {
        var checks = new Checks();
        var form = new ConsultationForm(checks.upToToday(input.heldOn(), Dates.today(clock), "heldOn"),
                checks.text(input.reason(), 200, "reason"),
                checks.optionalText(input.notes(), 20_000, "notes", true),
                checks.optionalText(input.followUp(), 5_000, "followUp", true),
                checks.optionalText(input.sharedSummary(), 5_000, "sharedSummary", true));
        checks.throwIfAny();
        return form;
    }

    /** The name without its folders or control characters, cut to 120 characters, with the right extension. */
    static String fileName(String typed, FileType type) {
        String name = typed == null ? "" : typed.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        if (name.length() > 120) {
            name = name.substring(name.length() - 120);
        }
        String extension = switch (type) {
            case PDF -> ".pdf";
            case PNG -> ".png";
            case JPEG -> ".jpg";
        };
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        boolean fits = lower.endsWith(extension) || (type == FileType.JPEG && lower.endsWith(".jpeg"));
        return fits ? name : name + extension;
    }

    private long me() {
        return Principals.staffId(security.getCallerPrincipal().getName());
    }
}
