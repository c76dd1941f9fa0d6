package app.carnet.domain.security;

import app.carnet.domain.privacy.DataCategory;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code byte[]} column that holds a personal field sealed by {@link FieldCipher}, and names the category
 * of data it belongs to. Every such column is listed in {@link app.carnet.domain.privacy.SealedColumns} (its module's catalog), which the key rotation walks
 * through, and its table in {@link app.carnet.domain.privacy.PersonalData} (tests keep them in step).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Encrypted {

    /** The category of the privacy policy this field belongs to. */
    DataCategory value();
}
