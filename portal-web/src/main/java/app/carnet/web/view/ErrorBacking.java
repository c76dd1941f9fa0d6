package app.carnet.web.view;

import app.carnet.domain.account.Authenticator;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /erreur/erreur.xhtml}: an unexpected error. The user gets a reference; the log gets the same
 * reference and the exception's type and stack, never its message (it may quote personal data).
 */
@Named
@RequestScoped
public class ErrorBacking {

    private static final Logger LOG = Logger.getLogger(ErrorBacking.class.getName());

    private String reference;

    @PostConstruct
    void record() {
        reference = UUID.randomUUID().toString().substring(0, 8);
        var request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        if (request.get(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable error) {
            LOG.log(Level.SEVERE, "Unexpected error, reference {0}: {1}", new Object[] {reference, describe(error)});
        }
    }

    /**
     * A page one may not see answers like a page that does not exist; but a staff member who has not set up
     * the second factor yet, refused a page (403), is sent to do so before anything else. (Roles are asked
     * on 403 only: Payara fails on isUserInRole during the dispatch of an error sent by a page.)
     */
    public String notFound() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        boolean forbidden = Integer.valueOf(403)
                .equals(external.getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE));
        if (forbidden && isEnrolling(external)) {
            return LoginFlow.STAFF_ENROLMENT_PAGE + "?faces-redirect=true";
        }
        external.setResponseStatus(404);
        return null;
    }

    /**
     * Whether the caller is a staff member who must set up the second factor. Payara cannot say while dispatching
     * the error of a path that its own (disabled) services answered, such as {@code /metrics} or {@code /openapi}:
     * then the caller is simply not found there.
     */
    private static boolean isEnrolling(jakarta.faces.context.ExternalContext external) {
        try {
            return external.isUserInRole(Authenticator.STAFF_ENROLMENT);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** What the user reads: nothing was saved, and the reference to quote. */
    public String getMessage() {
        return Messages.text("error.unexpected", reference);
    }

    private static String describe(Throwable error) {
        var text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            text.append(t.getClass().getName());
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith("app.carnet.")) {
                    text.append(" at ").append(frame);
                    break;
                }
            }
            text.append(t.getCause() != null ? " <- " : "");
        }
        return text.toString();
    }
}
