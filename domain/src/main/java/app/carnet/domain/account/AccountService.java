package app.carnet.domain.account;

import app.carnet.domain.client.Clients;
import app.carnet.domain.security.PasswordHasher;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Checks;
import app.carnet.domain.shared.FileAccessed;
import app.carnet.domain.shared.FileAction;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.domain.shared.Principals;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;

/** Client portal accounts: invitations and the password they lead to. */
@Stateless
@PermitAll
public class AccountService {

    @Inject
    AccountRepository accounts;
    @Inject
    Clients clients;
    @Inject
    Invitations invitations;
    @Inject
    Event<FileAccessed> accessed;
    @Inject
    SessionRevocations sessions;
    @Inject
    SecondFactorRepository factors;
    @Inject
    Clock clock;

    private final PasswordHasher hasher = new PasswordHasher();

    /** What the invitation page should say, and in which language, before the client types anything. */
    public InvitationView invitation(String token) {
        if (token == null || token.isBlank()) {
            return InvitationView.unknown();
        }
        return accounts.findInvitation(Tokens.hash(token))
                .map(i -> new InvitationView(i.state(clock.instant()),
                        clients.contact(i.getClientId()).map(c -> c.language())))
                .orElseGet(InvitationView::unknown);
    }

    /**
     * Sets the client's password from a valid invitation and burns the invitation.
     *
     * @throws BusinessException {@code invitation.<state>} when the link is not valid, or a password rule
     */
    public void acceptInvitation(String token, String password, String confirmation) {
        if (token == null || token.isBlank()) {
            throw new BusinessException("invitation.unknown");
        }
        var invitation = accounts.findInvitationForUpdate(Tokens.hash(token))
                .orElseThrow(() -> new BusinessException("invitation.unknown"));
        var now = clock.instant();
        var state = invitation.state(now);
        if (state != InvitationState.VALID) {
            throw new BusinessException("invitation." + state.name().toLowerCase(java.util.Locale.ROOT));
        }
        long clientId = invitation.getClientId();
        if (accounts.findCredential(clientId).isPresent()) {
            // The account was opened meanwhile (registration): an invitation never replaces a password.
            throw new BusinessException("invitation.used");
        }
        var checks = new Checks();
        checks.password(password, confirmation, "password", "passwordConfirmation");
        checks.throwIfAny();
        var credential = new ClientCredential(clientId, hasher.hash(password), now);
        accounts.save(credential);
        credential.emailVerified(now); // the invitation reached the address
        sessions.revoke(Principals.ofClient(clientId));
        invitation.markUsed(now);
    }

    /**
     * Sends the client a new invitation; the previous links stop working.
     *
     * @throws BusinessException {@code invitation.alreadyActive} once the client has a portal account
     */
    @RolesAllowed("OWNER")
    public void reinvite(long clientId) {
        var client = clients.contact(clientId).orElseThrow(NotFoundException::new);
        if (hasPortalAccount(clientId)) {
            throw new BusinessException("invitation.alreadyActive");
        }
        if (client.ended()) {
            throw new BusinessException("invitation.relationshipEnded");
        }
        invitations.issue(clientId);
        accessed.fire(new FileAccessed(clientId, FileAction.INVITATION_SENT));
    }

    @RolesAllowed("OWNER")
    public boolean hasPortalAccount(long clientId) {
        return accounts.findCredential(clientId).isPresent();
    }

    /**
     * The client died (Loi Informatique et Libertés art. 84: their rights end; law.md C-R7: no portal login after
     * death): the password, second factor, recovery codes, invitations and links go, and every session ends. The
     * file's relationship must have ended first (on the death date), so that no invitation or registration opens the
     * account again.
     *
     * @return whether there was an account to close
     * @throws BusinessException {@code account.close.notEnded} while the relationship goes on
     */
    @RolesAllowed("OWNER")
    public boolean closeAfterDeath(long clientId) {
        var client = clients.contact(clientId).orElseThrow(NotFoundException::new);
        if (!client.ended()) {
            throw new BusinessException("account.close.notEnded");
        }
        boolean open = accounts.findCredential(clientId).isPresent();
        var owner = new FactorOwner(Realm.CLIENT, clientId);
        factors.findForUpdate(owner).ifPresent(factors::delete);
        factors.deleteRecoveryCodes(owner);
        accounts.deleteClientAccount(clientId);
        sessions.revoke(Principals.ofClient(clientId));
        accessed.fire(new FileAccessed(clientId, FileAction.PORTAL_CLOSED));
        return open;
    }
}
