package app.carnet.domain.account;

import app.carnet.domain.client.Clients;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.security.Base32;
import app.carnet.domain.security.Totp;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.domain.staff.StaffDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/**
 * The caller's own second factor (TOTP and recovery codes): mandatory for staff, who set it up before
 * anything else ({@code STAFF_ENROLMENT}), optional for clients. Every change but the first one asks for a
 * current code, and every change is told to the account's address ({@link SecurityNotices}).
 */
@Stateless
@RolesAllowed({"OWNER", "PARTNER", "REPLACEMENT", "CLIENT"})
public class TwoFactorService {

    @Inject
    SecondFactors factors;
    @Inject
    LoginTickets tickets;
    @Inject
    StaffDirectory staff;
    @Inject
    Clients clients;
    @Inject
    PracticeService practice;
    @Inject
    SecurityNotices notices;
    @Inject
    SecurityContext security;

    @RolesAllowed({"OWNER", "PARTNER", "REPLACEMENT", "STAFF_ENROLMENT", "CLIENT"})
    public TwoFactorStatus status() {
        var owner = caller();
        return factors.find(owner)
                .map(f -> new TwoFactorStatus(true, f.enabledAt(), factors.unusedRecoveryCodes(owner)))
                .orElse(TwoFactorStatus.OFF);
    }

    /** A new secret for an authenticator app, named after the practice and the caller's email; nothing is stored. */
    @RolesAllowed({"OWNER", "PARTNER", "REPLACEMENT", "STAFF_ENROLMENT", "CLIENT"})
    public TotpSetup newSetup() {
        byte[] secret = Totp.newSecret();
        String issuer = practice.displayName();
        return new TotpSetup(Base32.encode(secret), Totp.uri(issuer, accountName(caller()), secret));
    }

    /**
     * Turns the second factor on with a code of the new secret.
     *
     * @return the recovery codes, to show once, and a ticket for logging the session in again
     * @throws app.carnet.domain.shared.BusinessException {@code twoFactor.wrongCode} on {@code code}
     */
    @RolesAllowed({"STAFF_ENROLMENT", "CLIENT"})
    public Enrolled enable(String secret, String code) {
        var owner = caller();
        var codes = factors.enable(owner, Base32.decode(secret), code);
        notices.send(owner.principalName(), SecurityNotices.Change.TWO_FACTOR_ON);
        return new Enrolled(codes, tickets.issue(owner.principalName()));
    }

    /**
     * Moves the second factor to a new app: a current code ({@code code}, or a recovery code) and a code of
     * the new secret ({@code newCode}).
     *
     * @return the new recovery codes
     */
    public List<String> replace(String code, String secret, String newCode) {
        var codes = factors.replace(caller(), code, Base32.decode(secret), newCode);
        notices.send(caller().principalName(), SecurityNotices.Change.TWO_FACTOR_MOVED);
        return codes;
    }

    /** Replaces every recovery code, on a current code. */
    public List<String> renewRecoveryCodes(String code) {
        var codes = factors.renewRecoveryCodes(caller(), code);
        notices.send(caller().principalName(), SecurityNotices.Change.RECOVERY_CODES_RENEWED);
        return codes;
    }

    /** A client switches the second factor off, on a current code. Staff cannot: it is mandatory for them. */
    @RolesAllowed("CLIENT")
    public void disable(String code) {
        factors.disable(caller(), code);
        notices.send(caller().principalName(), SecurityNotices.Change.TWO_FACTOR_OFF);
    }

    private FactorOwner caller() {
        return FactorOwner.of(security.getCallerPrincipal().getName());
    }

    private String accountName(FactorOwner owner) {
        return switch (owner.realm()) {
            case STAFF -> staff.member(owner.id()).map(m -> m.email()).orElseThrow(NotFoundException::new);
            case CLIENT -> clients.contact(owner.id()).map(c -> c.email()).orElseThrow(NotFoundException::new);
        };
    }
}
