package app.carnet.web.view;

import app.carnet.domain.shared.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns two kinds of errors into answers a user understands, for full-page and ajax requests alike:
 * an expired view reloads its page with a message (nothing was saved), and a record that does not exist
 * or is not the caller's answers as a missing page. Everything else goes on to the error page.
 */
public class CarnetExceptionHandler extends ExceptionHandlerWrapper {

    public CarnetExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        var events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable error = events.next().getContext().getException();
            var context = FacesContext.getCurrentInstance();
            if (find(error, ViewExpiredException.class) instanceof ViewExpiredException expired) {
                events.remove();
                Messages.flashError("error.expired");
                redirect(context, expired.getViewId());
            } else if (find(error, NotFoundException.class) != null || find(error, EJBAccessException.class) != null) {
                events.remove();
                redirect(context, "/erreur/introuvable.xhtml");
            }
        }
        getWrapped().handle();
    }

    private static void redirect(FacesContext context, String viewId) {
        var external = context.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + (viewId == null ? "/" : viewId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    private static Throwable find(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new CarnetExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
