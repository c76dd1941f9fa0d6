package app.carnet.domain.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code byte[]} column that holds a personal field sealed by {@link FieldCipher}. Every such
 * column is listed in {@link SealedColumns}, which the key rotation walks through (a test keeps both in step).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Encrypted {
}
