package app.carnet.domain.account;

import app.carnet.domain.mail.Outbox;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.practice.PracticeView;
import app.carnet.domain.shared.Principals;
import app.carnet.domain.staff.StaffEnded;
import app.carnet.domain.staff.StaffInvited;
import app.carnet.domain.staff.StaffRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The accounts of partners and replacements: a welcome link when invited, every session ended when their access ends. */
@ApplicationScoped
class TeamAccounts {

    @Inject
    StaffRepository staff;
    @Inject
    AccountLinks links;
    @Inject
    SessionRevocations sessions;
    @Inject
    PracticeService practice;
    @Inject
    Outbox outbox;
    @Inject
    @ConfigProperty(name = "carnet.base-url")
    String baseUrl;

    /** In the owner's transaction: the member exists only with the email that lets them in. */
    void onInvited(@Observes StaffInvited invited) {
        var member = staff.findById(invited.staffId()).orElseThrow();
        String practiceName = practice.find().map(PracticeView::name).orElse("Carnet");
        String link = baseUrl.replaceAll("/+$", "") + "/reinitialisation.xhtml?jeton="
                + links.issue(LinkPurpose.STAFF_WELCOME, Principals.ofStaff(member.getId()));
        outbox.queue(member.getEmail(), "fr", "staffWelcome", member.getFirstName(), practiceName, link);
    }

    void onEnded(@Observes StaffEnded ended) {
        sessions.revoke(Principals.ofStaff(ended.staffId()));
    }
}
