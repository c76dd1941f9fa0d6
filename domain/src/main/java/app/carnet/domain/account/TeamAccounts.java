package app.carnet.domain.account;

import app.carnet.domain.mail.DomainEmails;
import app.carnet.domain.mail.Outbox;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.shared.Principals;
import app.carnet.domain.staff.StaffDirectory;
import app.carnet.domain.staff.StaffEnded;
import app.carnet.domain.staff.StaffFactorReset;
import app.carnet.domain.staff.StaffInvited;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The accounts of partners and replacements: a welcome link when invited, every session ended when their access
 * ends, the second factor deleted when the owner resets it.
 */
@ApplicationScoped
class TeamAccounts {

    @Inject
    StaffDirectory staff;
    @Inject
    AccountLinks links;
    @Inject
    SessionRevocations sessions;
    @Inject
    PracticeService practice;
    @Inject
    Outbox outbox;
    @Inject
    SecondFactors factors;
    @Inject
    SecurityNotices notices;

    /** In the owner's transaction: the member exists only with the email that lets them in. */
    void onInvited(@Observes StaffInvited invited) {
        var member = staff.member(invited.staffId()).orElseThrow();
        String practiceName = practice.displayName();
        String link = links.issueLink(LinkPurpose.STAFF_WELCOME, Principals.ofStaff(member.id()),
                "/reinitialisation.xhtml");
        outbox.queue(member.email(), "fr", DomainEmails.STAFF_WELCOME, member.firstName(), practiceName, link);
    }

    void onEnded(@Observes StaffEnded ended) {
        sessions.revoke(Principals.ofStaff(ended.staffId()));
    }

    void onFactorReset(@Observes StaffFactorReset reset) {
        var owner = new FactorOwner(Realm.STAFF, reset.staffId());
        factors.reset(owner);
        sessions.revoke(owner.principalName());
        notices.send(owner.principalName(), SecurityNotices.Change.TWO_FACTOR_RESET);
    }
}
