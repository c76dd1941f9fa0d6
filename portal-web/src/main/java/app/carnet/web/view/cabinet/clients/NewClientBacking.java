package app.carnet.web.view.cabinet.clients;

import app.carnet.domain.client.ClientService;
import app.carnet.domain.client.NewClient;
import app.carnet.domain.mail.OutboxService;
import app.carnet.domain.shared.BusinessException;
import app.carnet.web.view.DateInput;
import app.carnet.web.view.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /cabinet/clients/nouveau.xhtml}: opens a client file and invites the client. */
@Named
@RequestScoped
public class NewClientBacking {

    @Inject
    ClientService clients;
    @Inject
    OutboxService outbox;

    private String lastName;
    private String firstName;
    private String email;
    private String birthDate;
    private String language = "fr";

    public String create() {
        var date = DateInput.parse(birthDate);
        long id;
        try {
            id = clients.create(new NewClient(lastName, firstName, email, date.date(), language));
        } catch (BusinessException e) {
            Messages.show(date.joined(e, "birthDate"));
            return null;
        }
        Messages.flash(outbox.smtpConfigured() ? "clients.new.created" : "clients.new.createdKept");
        return "/cabinet/clients/fiche.xhtml?faces-redirect=true&id=" + id;
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

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
