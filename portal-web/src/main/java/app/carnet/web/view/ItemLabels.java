package app.carnet.web.view;

import app.carnet.domain.privacy.RectifiableItem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An item of a client's data that a rectification points at, as the portal and the register name it: « Poids du
 * 12/03/2026 : 72,5 », in the view's language.
 */
@Named
@RequestScoped
public class ItemLabels {

    /** The most of a long value (a consultation's summary) a label shows. */
    static final int SHOWN = 80;

    @Inject
    Formats formats;

    /** What the item is, with its day: « Poids du 12/03/2026 ». */
    public String name(RectifiableItem item) {
        String kind = Messages.text("rectification.item." + item.kind());
        return item.day() == null ? kind : Messages.text("rectification.item.dated", kind, formats.date(item.day()));
    }

    /** Its value now, as the page writes it (dates and decimals in the view's language, long texts cut). */
    public String value(RectifiableItem item) {
        Object current = item.current();
        return switch (current) {
            case null -> "—";
            case LocalDate day -> formats.date(day);
            case BigDecimal number -> formats.decimal(number);
            case String text when text.length() > SHOWN -> text.substring(0, SHOWN).strip() + "…";
            default -> current.toString();
        };
    }

    /** Both: « Poids du 12/03/2026 : 72,5 ». */
    public String label(RectifiableItem item) {
        return Messages.text("rectification.item.label", name(item), value(item));
    }
}
