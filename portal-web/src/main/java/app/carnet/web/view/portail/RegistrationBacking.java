package app.carnet.web.view.portail;

import app.carnet.domain.account.Registration;
import app.carnet.domain.account.RegistrationService;
import app.carnet.domain.client.NewClient;
import app.carnet.domain.shared.BusinessException;
import app.carnet.web.view.DateInput;
import app.carnet.web.view.LanguageBacking;
import app.carnet.web.view.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** {@code /portail/inscription.xhtml}: a visitor opens a portal account, then confirms the address. */
@Named
@RequestScoped
public class RegistrationBacking {

    @Inject
    RegistrationService registrations;
    @Inject
    LanguageBacking language;

    private String lastName;
    private String firstName;
    private String email;
    private String birthDate;
    private boolean done;

    public void register() {
        DateInput date = DateInput.parse(birthDate);
        try {
            registrations.register(new Registration(new NewClient(lastName, firstName, email, date.date(),
                    language.getLocale().getLanguage())),
                    ((HttpServletRequest) FacesContext.getCurrentInstance()
                            .getExternalContext().getRequest()).getRemoteAddr());
            done = true;
        } catch (BusinessException e) {
            Messages.show(date.joined(e, "birthDate"));
        }
    }

    public boolean isDone() {
        return done;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String birthDate) {
        this.birthDate = birthDate;
    }
}
