package app.carnet.web.view.proche;

import app.carnet.domain.shared.BusinessException;
import app.carnet.rights.directive.Designees;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * {@code /proche/confirmation.xhtml?jeton=…}: the person a deceased client designated confirms their address, on a
 * button, not on opening the page (mail scanners open links too); the link to the archive then goes to that address.
 */
@Named
@ViewScoped
public class DesigneeConfirmationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Designees designees;

    private String token;
    private boolean valid;
    private boolean done;

    public void load() {
        valid = designees.confirmationValid(token);
    }

    public void confirm() {
        try {
            designees.confirm(token);
        } catch (BusinessException e) {
            valid = false;
            return;
        }
        done = true;
    }

    public boolean isValid() {
        return valid;
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
