package app.carnet.web.view.cabinet.clients;

import app.carnet.domain.client.ClientFile;
import app.carnet.domain.client.ClientService;
import app.carnet.domain.client.ClientSource;
import app.carnet.domain.client.MaritalStatus;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.web.view.DateInput;
import app.carnet.web.view.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;

/** {@code /cabinet/clients/modifier.xhtml?id=…}: the whole client file, edited and saved at once. */
@Named
@ViewScoped
public class ClientEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @Inject
    ClientService clients;

    private String id;
    private long clientId;
    private String lastName;
    private String firstName;
    private String siren;
    private String birthDate;
    private String email;
    private String language;
    private String address;
    private String postalCode;
    private String city;
    private String mobilePhone;
    private String otherPhone;
    private String interests;
    private MaritalStatus maritalStatus;
    private ClientSource source;
    private String sourceDetail;
    private String notes;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            var client = clients.get(Long.parseLong(id == null ? "" : id));
            clientId = client.id();
            var file = client.file();
            lastName = file.lastName();
            firstName = file.firstName();
            siren = file.siren();
            birthDate = file.birthDate() == null ? null : TYPED.format(file.birthDate());
            email = file.email();
            language = file.language();
            address = file.address();
            postalCode = file.postalCode();
            city = file.city();
            mobilePhone = file.mobilePhone();
            otherPhone = file.otherPhone();
            interests = file.interests();
            maritalStatus = file.maritalStatus();
            source = file.source();
            sourceDetail = file.sourceDetail();
            notes = file.notes();
        } catch (NumberFormatException | NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String save() {
        var date = DateInput.parse(birthDate);
        try {
            clients.update(clientId, new ClientFile(lastName, firstName, siren, date.date(), email, language, address,
                    postalCode, city, mobilePhone, otherPhone, interests, maritalStatus, source, sourceDetail, notes));
        } catch (BusinessException e) {
            Messages.show(date.joined(e, "birthDate"));
            return null;
        }
        Messages.flash("clients.edit.saved");
        return "/cabinet/clients/fiche.xhtml?faces-redirect=true&id=" + clientId;
    }

    public MaritalStatus[] getMaritalStatuses() {
        return MaritalStatus.values();
    }

    public ClientSource[] getSources() {
        return new ClientSource[] {ClientSource.PRACTICE, ClientSource.REFERRAL, ClientSource.SELF};
    }

    public long getClientId() {
        return clientId;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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

    public String getSiren() {
        return siren;
    }

    public void setSiren(String siren) {
        this.siren = siren;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String birthDate) {
        this.birthDate = birthDate;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getMobilePhone() {
        return mobilePhone;
    }

    public void setMobilePhone(String mobilePhone) {
        this.mobilePhone = mobilePhone;
    }

    public String getOtherPhone() {
        return otherPhone;
    }

    public void setOtherPhone(String otherPhone) {
        this.otherPhone = otherPhone;
    }

    public String getInterests() {
        return interests;
    }

    public void setInterests(String interests) {
        this.interests = interests;
    }

    public MaritalStatus getMaritalStatus() {
        return maritalStatus;
    }

    public void setMaritalStatus(MaritalStatus maritalStatus) {
        this.maritalStatus = maritalStatus;
    }

    public ClientSource getSource() {
        return source;
    }

    public void setSource(ClientSource source) {
        this.source = source;
    }

    public String getSourceDetail() {
        return sourceDetail;
    }

    public void setSourceDetail(String sourceDetail) {
        this.sourceDetail = sourceDetail;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
