package app.carnet.web.view.cabinet;

import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.staff.NewTeamMember;
import app.carnet.domain.staff.StaffMemberView;
import app.carnet.domain.staff.StaffRole;
import app.carnet.domain.staff.TeamService;
import app.carnet.web.view.DateInput;
import app.carnet.web.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** {@code /cabinet/equipe.xhtml}: the owner invites partners and replacements, and ends their access. */
@Named
@ViewScoped
public class TeamBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamService team;

    private List<StaffMemberView> members;
    private String firstName;
    private String lastName;
    private String email;
    private StaffRole role = StaffRole.PARTNER;
    private String from;
    private String until;

    @PostConstruct
    void load() {
        members = team.team();
    }

    public void invite() {
        DateInput start = DateInput.parse(from);
        DateInput end = DateInput.parse(until);
        try {
            team.invite(new NewTeamMember(firstName, lastName, email, role, start.date(), end.date()));
        } catch (BusinessException e) {
            Messages.show(role == StaffRole.REPLACEMENT ? end.joined(start.joined(e, "from"), "until") : e);
            return;
        }
        Messages.info("team.invited");
        firstName = lastName = email = from = until = null;
        members = team.team();
    }

    public void end(long staffId) {
        team.end(staffId);
        Messages.info("team.ended");
        members = team.team();
    }

    public void resetSecondFactor(long staffId) {
        team.resetSecondFactor(staffId);
        Messages.info("team.factorReset.done");
        members = team.team();
    }

    public StaffRole[] getRoles() {
        return new StaffRole[] {StaffRole.PARTNER, StaffRole.REPLACEMENT};
    }

    public List<StaffMemberView> getMembers() {
        return members;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public StaffRole getRole() {
        return role;
    }

    public void setRole(StaffRole role) {
        this.role = role;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getUntil() {
        return until;
    }

    public void setUntil(String until) {
        this.until = until;
    }
}
