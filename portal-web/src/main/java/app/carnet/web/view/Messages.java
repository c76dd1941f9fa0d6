package app.carnet.web.view;

import app.carnet.domain.shared.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Faces messages from the bundle, in the language of the view. */
public final class Messages {

    /** The screens' bundle, the {@code msg} of the pages (faces-config.xml). */
    public static final String BUNDLE = "app.carnet.web.i18n.messages";

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        var context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /** Shows each problem next to its field when the form {@code form} has one, at the top otherwise. */
    public static void show(BusinessException e) {
        var context = FacesContext.getCurrentInstance();
        for (var violation : e.violations()) {
            String clientId = null;
            if (violation.field() != null
                    && context.getViewRoot().findComponent(":form:" + violation.field()) != null) {
                clientId = "form:" + violation.field();
            }
            context.addMessage(clientId,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text(violation.messageKey()), null));
        }
        context.validationFailed();
    }

    /** An error next to a component of a form other than "form" ({@code clientId} like "relationship:endedOn"). */
    public static void errorAt(String clientId, String key) {
        var context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null));
        context.validationFailed();
    }

    public static void error(String field, String key) {
        errorAt(field == null ? null : "form:" + field, key);
    }

    /** An information for the page shown next, without a redirect. */
    public static void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
    }

    /** An information that survives the redirect that follows. */
    public static void flash(String key) {
        flash(FacesMessage.SEVERITY_INFO, key);
    }

    /** An error that survives the redirect that follows. */
    public static void flashError(String key) {
        flash(FacesMessage.SEVERITY_ERROR, key);
    }

    private static void flash(FacesMessage.Severity severity, String key) {
        var context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, text(key), null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
