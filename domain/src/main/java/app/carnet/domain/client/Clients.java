package app.carnet.domain.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The client component's published service for the other components, which never use {@link ClientRepository} or
 * {@link Client} themselves: a client's contact, by id or by address. It runs in its caller's transaction and under
 * its caller's role, and journals nothing: the boundaries that call it decide who may ask, and journal what they
 * show (a reminder or a password reset reads an address, it does not open a file).
 */
@ApplicationScoped
public class Clients {

    @Inject
    ClientRepository clients;

    public Optional<ClientContact> contact(long id) {
        return clients.findById(id).map(Clients::contact);
    }

    public Optional<ClientContact> byEmail(String email) {
        return clients.findByEmail(email).map(Clients::contact);
    }

    /**
     * The staff the client's file is shared with (partners, replacements): the recipients of the client's data
     * within the practice, whom a rectification, an erasure or a limitation is told (GDPR art. 19).
     */
    public List<Long> sharedWith(long id) {
        return clients.findShares(id).stream().map(ClientShare::getStaffId).toList();
    }

    private static ClientContact contact(Client c) {
        return new ClientContact(c.getId(), c.getFirstName(), c.getLastName(), c.getEmail(), c.getLanguage(),
                c.getEndedOn() != null);
    }
}
