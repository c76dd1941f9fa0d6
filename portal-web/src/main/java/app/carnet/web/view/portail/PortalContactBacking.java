package app.carnet.web.view.portail;

import app.carnet.domain.client.ClientPortalService;
import app.carnet.domain.client.ContactData;
import app.carnet.domain.shared.BusinessException;
import app.carnet.rights.rectification.PortalRectification;
import app.carnet.web.view.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.stream.Collectors;

/**
 * « Corriger mes coordonnées » on {@code /portail/index.xhtml}: the client corrects their address and phones
 * themselves (GDPR art. 16); the register of requests records it, answered at once.
 */
@Named
@ViewScoped
public class PortalContactBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientPortalService portal;
    @Inject
    PortalRectification rectification;

    private boolean editing;
    private String address;
    private String postalCode;
    private String city;
    private String mobilePhone;
    private String otherPhone;

    /** Opens the form with the data as it is now. */
    public void edit() {
        var file = portal.identity().file();
        address = file.address();
        postalCode = file.postalCode();
        city = file.city();
        mobilePhone = file.mobilePhone();
        otherPhone = file.otherPhone();
        editing = true;
    }

    public void cancel() {
        editing = false;
    }

    public String save() {
        try {
            var changed = rectification.correctContact(
                    new ContactData(address, postalCode, city, mobilePhone, otherPhone),
                    fields -> Messages.text("portal.contact.corrected", fields.stream()
                            .map(f -> Messages.text("field." + f)).collect(Collectors.joining(", "))));
            Messages.flash(changed.isEmpty() ? "portal.contact.unchanged" : "portal.contact.saved");
        } catch (BusinessException e) {
            if (e.violations().stream().anyMatch(v -> "rights.limited".equals(v.messageKey()))) {
                Messages.error(null, "portal.contact.limited");
            } else {
                Messages.show(e);
            }
            return null;
        }
        return "/portail/index.xhtml?faces-redirect=true";
    }

    public boolean isEditing() {
        return editing;
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
}
