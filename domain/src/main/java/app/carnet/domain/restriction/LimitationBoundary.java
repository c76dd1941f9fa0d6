package app.carnet.domain.restriction;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * The default interceptor of every enterprise bean ({@code WEB-INF/ejb-jar.xml}): after a business method, the changes
 * it made are written at once, so that a change of a limited client's data (art. 18) is refused by
 * {@link LimitationGuard} inside the call, as a {@code rights.limited} message the page shows, the transaction rolled
 * back.
 */
public class LimitationBoundary {

    @Inject
    LimitationFlushRepository writes;

    @AroundInvoke
    public Object flushed(InvocationContext call) throws Exception {
        Object result = call.proceed();
        writes.flush();
        return result;
    }
}
