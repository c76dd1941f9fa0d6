package app.carnet.domain.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entity whose rows are still written while a client's data is limited (GDPR art. 18(2): limited data may still be
 * stored, and processed for the exercise of rights and with the person's consent), because of the purpose it serves:
 * the access journal (P17, the proof of who consulted the file), the emails of the outbox (which checks their purpose
 * itself), the rights module's own records of requests (P16), authentication (P18: passwords, sessions, second
 * factors, sign-in links). Every other entity that belongs to a client is refused by {@link app.carnet.domain.restriction.LimitationGuard}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WritableWhileLimited {

    /** The purpose that keeps it writable: P16, P17 or P18. */
    Purpose value();
}
