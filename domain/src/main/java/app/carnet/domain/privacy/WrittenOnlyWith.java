package app.carnet.domain.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entity that has no client of its own but is only ever written together with an entity that has one (in the same
 * transaction, after it: the sealed bytes of an attachment with the attachment), whose write {@link app.carnet.domain.restriction.LimitationGuard}
 * checks. A test checks that the owner is itself guarded.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WrittenOnlyWith {

    Class<?> value();
}
