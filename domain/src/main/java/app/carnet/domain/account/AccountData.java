package app.carnet.domain.account;

import app.carnet.domain.client.Clients;
import app.carnet.domain.mail.Outbox;
import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.KeptData;
import app.carnet.domain.privacy.PersonalDataHolder;
import app.carnet.domain.shared.Principals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The personal-data contract for the client's portal account (password, second factor, invitations, one-time links)
 * and the emails written to the client. Secrets are neither exported nor kept: only when they were set.
 */
@ApplicationScoped
public class AccountData implements PersonalDataHolder {

    /** The portal account, as an export tells it: dates only. */
    public record PortalAccount(Instant passwordSetAt, Instant emailVerifiedAt, Instant twoFactorSince,
            long invitations) {
    }

    @Inject
    AccountRepository accounts;
    @Inject
    SecondFactorRepository factors;
    @Inject
    Clients clients;
    @Inject
    Outbox outbox;
    @Inject
    SessionRevocations revocations;

    @Override
    public Set<String> tables() {
        return Set.of("client_credential", "invitation", "second_factor", "recovery_code", "account_link",
                "session_revocation", "outgoing_email");
    }

    @Override
    public void export(long clientId, ClientExport export) {
        var credential = accounts.findCredential(clientId);
        var factor = factors.find(new FactorOwner(Realm.CLIENT, clientId));
        long invitations = accounts.countInvitations(clientId);
        if (credential.isPresent() || factor.isPresent() || invitations > 0) {
            // Observed from the client's use of the portal (art. 20); the emails Carnet sent them are access only.
            export.provided("portalAccount", List.of(new PortalAccount(
                    credential.map(ClientCredential::getUpdatedAt).orElse(null),
                    credential.map(ClientCredential::getEmailVerifiedAt).orElse(null),
                    factor.map(SecondFactor::enabledAt).orElse(null), invitations)));
        }
        clients.contact(clientId).ifPresent(c -> export.add("emails", outbox.writtenTo(clientId, c.email())));
    }

    @Override
    public List<KeptData> erase(long clientId) {
        var owner = new FactorOwner(Realm.CLIENT, clientId);
        factors.findForUpdate(owner).ifPresent(factors::delete);
        factors.deleteRecoveryCodes(owner);
        accounts.deleteClientAccount(clientId);
        revocations.revoke(Principals.ofClient(clientId)); // a session still open ends now
        clients.contact(clientId).ifPresent(c -> outbox.forget(clientId, c.email()));
        return List.of(KeptData.of("session_revocation"));
    }
}
