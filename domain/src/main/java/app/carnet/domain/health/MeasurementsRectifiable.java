package app.carnet.domain.health;

import app.carnet.domain.privacy.RectifiableData;
import app.carnet.domain.privacy.RectifiableItem;
import app.carnet.domain.shared.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The measurements a client may say are wrong (GDPR art. 16): each height and weight still in force. A correction is
 * what the practitioner would do by hand: the corrected measurement recorded for the same day (checked as the form
 * checks it), then the wrong one struck out with its reason, so that the file shows what was corrected and when.
 */
@ApplicationScoped
public class MeasurementsRectifiable implements RectifiableData {

    /** The reason a corrected measurement is struck out with. */
    static final String STRUCK_OUT = "Rectifiée à la demande du client (RGPD, art. 16)";

    @Inject
    HealthRepository records;
    @Inject
    HealthService health;

    @Override
    public List<RectifiableItem> items(long clientId) {
        var items = new ArrayList<RectifiableItem>();
        for (Measurement m : records.measurements(clientId)) {
            var line = m.line();
            if (line.voidedAt() != null) {
                continue;
            }
            if (line.weightKg() != null) {
                items.add(new RectifiableItem("measurement:" + line.id() + ":weight", "weight", line.measuredOn(),
                        line.weightKg(), true));
            }
            if (line.heightCm() != null) {
                items.add(new RectifiableItem("measurement:" + line.id() + ":height", "height", line.measuredOn(),
                        line.heightCm(), true));
            }
        }
        return items;
    }

    @Override
    public void correct(long clientId, String ref, String corrected) {
        String[] parts = ref.split(":");
        var line = records.findMeasurement(Long.parseLong(parts[1])).filter(m -> m.getClientId() == clientId)
                .map(Measurement::line).orElseThrow(() -> new IllegalArgumentException("no measurement " + ref));
        boolean weight = "weight".equals(parts[2]);
        String height = weight ? text(line.heightCm()) : corrected;
        String kilograms = weight ? corrected : text(line.weightKg());
        try {
            health.measure(clientId, new NewMeasurement(line.measuredOn(), height, kilograms));
        } catch (BusinessException e) {
            throw new BusinessException(e.violations().getFirst().messageKey(), "corrected");
        }
        health.voidMeasurement(line.id(), STRUCK_OUT);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
