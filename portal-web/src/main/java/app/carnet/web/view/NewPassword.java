package app.carnet.web.view;

import java.io.Serializable;

/**
 * A new password and its confirmation, as typed in a form (the fields of
 * {@code WEB-INF/includes/new-password.xhtml}); never kept beyond the request that submits them.
 */
public final class NewPassword implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient String password;
    private transient String confirmation;

    /** Forgets both, once used. */
    public void clear() {
        password = null;
        confirmation = null;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
