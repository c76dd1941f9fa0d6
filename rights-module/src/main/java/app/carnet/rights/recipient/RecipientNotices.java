package app.carnet.rights.recipient;

import app.carnet.domain.client.Clients;
import app.carnet.domain.mail.Outbox;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.shared.FileAccessed;
import app.carnet.domain.shared.Pages;
import app.carnet.domain.staff.StaffContact;
import app.carnet.domain.staff.StaffDirectory;
import app.carnet.rights.request.RequestAction;
import app.carnet.rights.request.RequestType;
import app.carnet.rights.request.RightsEmails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/**
 * Art. 19: "the controller shall communicate any rectification or erasure of personal data or restriction of
 * processing … to each recipient to whom the personal data have been disclosed". Every carrying out of those rights
 * calls {@link #tell} in its transaction (the client's own correction of their contact data, a rectification
 * accepted, an erasure before the shares go with the file, a limitation): one email per member of staff the file is
 * shared with and still working, without the client's name (the link opens the file, for whom may open it), and one
 * line of the access journal, without names.
 */
@ApplicationScoped
public class RecipientNotices {

    @Inject
    Clients clients;
    @Inject
    StaffDirectory staff;
    @Inject
    Outbox outbox;
    @Inject
    PracticeService practice;
    @Inject
    Pages pages;
    @Inject
    Event<FileAccessed> accessed;

    /**
     * Tells the file's recipients that its data was rectified, erased or limited ({@code right}).
     *
     * @return the recipients told
     */
    public List<StaffContact> tell(long clientId, RequestType right) {
        var template = Objects.requireNonNull(RightsEmails.RECIPIENT_NOTICES.get(right), "not an art. 19 right");
        var told = clients.sharedWith(clientId).stream().flatMap(id -> staff.member(id).stream())
                .filter(m -> !m.ended()).toList();
        String file = pages.address("/cabinet/clients/fiche.xhtml?id=" + clientId);
        for (StaffContact member : told) {
            outbox.queue(member.email(), "fr", template, member.firstName(), practice.displayName(), file);
        }
        if (!told.isEmpty()) {
            accessed.fire(new FileAccessed(clientId, RequestAction.RECIPIENTS_TOLD));
        }
        return told;
    }
}
