package app.carnet.domain.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** Ends every session of an account that began before now (in the caller's transaction). */
@ApplicationScoped
class SessionRevocations {

    @Inject
    AccountRepository accounts;
    @Inject
    Clock clock;

    void revoke(String principal) {
        var now = clock.instant();
        accounts.findRevocation(principal).ifPresentOrElse(r -> r.revoke(now),
                () -> accounts.save(new SessionRevocation(principal, now)));
    }
}
