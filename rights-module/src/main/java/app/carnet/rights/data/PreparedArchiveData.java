package app.carnet.rights.data;

import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.KeptData;
import app.carnet.domain.privacy.PersonalDataHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * The personal-data contract for the archives made in the background: listed in the access archive (not their
 * content, a copy of the rest), erased with the client.
 */
@ApplicationScoped
public class PreparedArchiveData implements PersonalDataHolder {

    @Inject
    PreparedArchiveRepository archives;

    @Override
    public Set<String> tables() {
        return Set.of("prepared_archive", "prepared_archive_part");
    }

    @Override
    public void export(long clientId, ClientExport export) {
        export.add("preparedArchives", archives.forClient(clientId).stream().map(PreparedArchive::line).toList());
    }

    @Override
    public List<KeptData> erase(long clientId) {
        archives.forClient(clientId).forEach(a -> archives.delete(a.getId()));
        return List.of();
    }
}
