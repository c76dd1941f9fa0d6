package app.carnet.rights.identity;

import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.KeptData;
import app.carnet.domain.privacy.PersonalDataHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/** The personal-data contract for identity questions: exported without the copies' bytes, erased with the client. */
@ApplicationScoped
public class IdentityData implements PersonalDataHolder {

    @Inject
    IdentityRepository proofs;

    @Override
    public Set<String> tables() {
        return Set.of("identity_proof", "identity_proof_file");
    }

    @Override
    public void export(long clientId, ClientExport export) {
        export.add("identityProofs", proofs.forClient(clientId).stream().map(IdentityProof::line).toList());
    }

    @Override
    public List<KeptData> erase(long clientId) {
        proofs.forClient(clientId).forEach(proofs::delete);
        return List.of();
    }
}
