package app.carnet.web.view;

import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.practice.SetupCommand;
import app.carnet.domain.shared.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /installation.xhtml}: the first start, open only while no practice exists. */
@Named
@RequestScoped
public class InstallationBacking {

    @Inject
    PracticeService practice;

    private String setupCode;
    private String practiceName;
    private String profession;
    private String firstName;
    private String lastName;
    private String email;
    private final NewPassword newPassword = new NewPassword();

    public String check() {
        return practice.isSetUp() ? "/cabinet/connexion.xhtml?faces-redirect=true" : null;
    }

    public String setUp() {
        try {
            practice.setUp(new SetupCommand(setupCode, practiceName, profession, firstName, lastName, email,
                    newPassword.getPassword(), newPassword.getConfirmation()));
        } catch (BusinessException e) {
            Messages.show(e);
            return null;
        }
        Messages.flash("installation.done");
        return "/cabinet/connexion.xhtml?faces-redirect=true";
    }

    public String getSetupCode() {
        return setupCode;
    }

    public void setSetupCode(String setupCode) {
        this.setupCode = setupCode;
    }

    public String getPracticeName() {
        return practiceName;
    }

    public void setPracticeName(String practiceName) {
        this.practiceName = practiceName;
    }

    public String getProfession() {
        return profession;
    }

    public void setProfession(String profession) {
        this.profession = profession;
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

    public NewPassword getNewPassword() {
        return newPassword;
    }
}
