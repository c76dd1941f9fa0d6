package app.carnet.domain.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Instant;
import java.util.Optional;

/** Ending every session of an account at once: on request, and when its password is reset. */
@Stateless
@PermitAll
public class Sessions {

    @Inject
    AccountRepository accounts;
    @Inject
    SessionRevocations revocations;
    @Inject
    SecurityContext security;

    /** "Log out everywhere": the caller's other sessions end at their next request (this one too). */
    @RolesAllowed({"OWNER", "PARTNER", "REPLACEMENT", "CLIENT"})
    public void logOutEverywhere() {
        revocations.revoke(security.getCallerPrincipal().getName());
    }

    /** When sessions of this account that began before then are over; empty if never. */
    public Optional<Instant> revokedAt(String principal) {
        return accounts.findRevocation(principal).map(SessionRevocation::getRevokedAt);
    }
}
