package app.carnet.domain.health;

import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.KeptData;
import app.carnet.domain.privacy.PersonalDataHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/** The personal-data contract for health data: anamnesis and measurements, voided ones included. */
@ApplicationScoped
public class HealthData implements PersonalDataHolder {

    @Inject
    HealthRepository records;

    @Override
    public Set<String> tables() {
        return Set.of("anamnesis_entry", "measurement");
    }

    @Override
    public void export(long clientId, ClientExport export) {
        // Art. 20: the history, treatments and allergies are what the client told (knowingly provided, WP242 rev.01),
        // though the practitioner typed them; not those struck out, nor why.
        export.provided("anamnesis", records.anamnesis(clientId).stream().map(AnamnesisEntry::line).toList(),
                a -> a.voidedAt() == null, "id", "kind", "text", "notedOn");
        // Art. 20: the measurements observed (height, weight), not the index computed from them nor those struck out.
        export.provided("measurements",
                MeasurementLine.withBmis(records.measurements(clientId).stream().map(Measurement::line).toList()),
                m -> m.voidedAt() == null, "id", "measuredOn", "heightCm", "weightKg");
    }

    @Override
    public List<KeptData> erase(long clientId) {
        records.anamnesis(clientId).forEach(records::delete);
        records.measurements(clientId).forEach(records::delete);
        return List.of();
    }
}
