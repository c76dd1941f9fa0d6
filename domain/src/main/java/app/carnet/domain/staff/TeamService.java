package app.carnet.domain.staff;

import app.carnet.domain.shared.Checks;
import app.carnet.domain.shared.Dates;
import app.carnet.domain.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The practice's team, managed by the owner: partners (who see the clients shared with them) and
 * replacements (the same, only during their period). Each gets a welcome link to choose a password, then
 * enrols a second factor at the first login.
 */
@Stateless
@RolesAllowed("OWNER")
public class TeamService {

    @Inject
    StaffRepository staff;
    @Inject
    Event<StaffInvited> invited;
    @Inject
    Event<StaffEnded> ended;
    @Inject
    Event<StaffFactorReset> factorReset;
    @Inject
    Clock clock;

    public List<StaffMemberView> team() {
        LocalDate today = Dates.today(clock);
        return staff.findAll().stream().map(m -> m.view(today))
                .sorted(Comparator.comparing(StaffMemberView::role).thenComparing(StaffMemberView::lastName)).toList();
    }

    /** @return the new member's id */
    public long invite(NewTeamMember input) {
        var checks = new Checks();
        String firstName = checks.text(input.firstName(), 100, "firstName");
        String lastName = checks.text(input.lastName(), 100, "lastName");
        String email = checks.email(input.email(), "email");
        if (input.role() != StaffRole.PARTNER && input.role() != StaffRole.REPLACEMENT) {
            checks.refuse("role", "validation.required");
        }
        if (input.role() == StaffRole.REPLACEMENT) {
            checkPeriod(checks, input.from(), input.until());
        }
        if (email != null && staff.findByEmail(email).isPresent()) {
            checks.refuse("email", "team.emailTaken");
        }
        checks.throwIfAny();
        var member = StaffMember.invited(firstName, lastName, email, input.role(), input.from(), input.until(),
                clock.instant());
        staff.save(member);
        invited.fire(new StaffInvited(member.getId()));
        return member.getId();
    }

    /** Ends a partner's or a replacement's access for good; their open sessions end too. */
    public void end(long staffId) {
        var member = staff.findById(staffId).filter(m -> m.getRole() != StaffRole.OWNER)
                .orElseThrow(NotFoundException::new);
        member.end(clock.instant());
        ended.fire(new StaffEnded(staffId));
    }

    /**
     * For a member who lost both phone and recovery codes (the owner checks who asks, by phone or in person):
     * the second factor is deleted, the member's sessions end, and the next login leads to enrolment again.
     */
    public void resetSecondFactor(long staffId) {
        if (staff.findById(staffId).filter(m -> m.getRole() != StaffRole.OWNER && !m.isEnded()).isEmpty()) {
            throw new NotFoundException();
        }
        factorReset.fire(new StaffFactorReset(staffId));
    }

    private void checkPeriod(Checks checks, LocalDate from, LocalDate until) {
        checks.present(from, "from");
        checks.present(until, "until");
        if (from != null && until != null) {
            if (until.isBefore(from)) {
                checks.refuse("until", "team.periodReversed");
            } else if (until.isBefore(Dates.today(clock))) {
                checks.refuse("until", "team.periodOver");
            }
        }
    }
}
