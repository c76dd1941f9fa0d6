package app.carnet.web.view.converter;

import app.carnet.web.view.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the converters share: the language of the view, and a refusal in it (shown at the field by Faces). Each
 * converter reads and writes for a {@link Locale}, so that its tests need no running Faces.
 */
final class Converters {

    private Converters() {
    }

    static Locale locale(FacesContext context) {
        return context.getViewRoot().getLocale();
    }

    static ConverterException refusal(Locale locale, String key) {
        String text = ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(key);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
