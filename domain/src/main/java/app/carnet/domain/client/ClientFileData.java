package app.carnet.domain.client;

import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.KeptData;
import app.carnet.domain.privacy.PersonalDataHolder;
import app.carnet.domain.staff.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The personal-data contract for the client's file itself (identity, contact, personal life, source, notes) and the
 * people it is shared with. Its erasure goes last: every other record refers to the file.
 */
@ApplicationScoped
public class ClientFileData implements PersonalDataHolder {

    /** A partner or replacement the file was shared with. */
    public record SharedWith(String name, Instant sharedAt) {
    }

    @Inject
    ClientRepository clients;
    @Inject
    StaffDirectory staff;

    @Override
    public Set<String> tables() {
        return Set.of("client", "client_share");
    }

    @Override
    public void export(long clientId, ClientExport export) {
        // Art. 20: the identity and contact details the client gave; not how they came, nor the practitioner's notes.
        clients.findById(clientId).ifPresent(client -> export.provided("file", List.of(client.view()),
                "file.lastName", "file.firstName", "file.siren", "file.birthDate", "file.email", "file.language",
                "file.address", "file.postalCode", "file.city", "file.mobilePhone", "file.otherPhone",
                "file.interests", "file.maritalStatus"));
        export.add("sharedWith", clients.findShares(clientId).stream()
                .map(s -> new SharedWith(staff.member(s.getStaffId())
                        .map(m -> m.firstName() + " " + m.lastName()).orElse("—"), s.getSharedAt()))
                .toList());
    }

    @Override
    public List<KeptData> erase(long clientId) {
        clients.findById(clientId).ifPresent(clients::delete);
        return List.of();
    }

    @Override
    public boolean holdsTheFile() {
        return true;
    }
}
