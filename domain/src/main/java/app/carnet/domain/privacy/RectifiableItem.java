package app.carnet.domain.privacy;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One item of a client's data that they may say is wrong: {@code ref} names it for its module ("client:lastName",
 * "measurement:12:weight"); {@code kind} names its label ({@code rectification.item.<kind>}), with {@code day} when
 * the item is dated; {@code current} is its value now (a {@code String}, a {@code LocalDate} or a number, which pages
 * format). A {@code correctable} item takes a corrected value when the practitioner accepts; any other (a
 * consultation, the practitioner's writing) is corrected in its own page, and the acceptance answers.
 */
public record RectifiableItem(String ref, String kind, @Nullable LocalDate day, @Nullable Object current,
        boolean correctable) {

    @Override
    public String toString() {
        return "RectifiableItem[" + ref + "]";
    }
}
