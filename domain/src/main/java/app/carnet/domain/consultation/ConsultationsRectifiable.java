package app.carnet.domain.consultation;

import app.carnet.domain.privacy.RectifiableData;
import app.carnet.domain.privacy.RectifiableItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/**
 * The consultations a client may say hold something wrong (GDPR art. 16): those shared with them, as they read them.
 * Never corrected by a typed value: a consultation is the practitioner's writing, which they correct in its page
 * (or complete with the client's statement), then answer.
 */
@ApplicationScoped
public class ConsultationsRectifiable implements RectifiableData {

    @Inject
    ConsultationRepository consultations;

    @Override
    public List<RectifiableItem> items(long clientId) {
        return consultations.findByClient(clientId).stream().map(Consultation::shared).filter(Objects::nonNull)
                .map(c -> new RectifiableItem("consultation:" + c.id(), "consultation", c.heldOn(), c.summary(),
                        false))
                .toList();
    }

    @Override
    public void correct(long clientId, String ref, String corrected) {
        throw new UnsupportedOperationException("a consultation is corrected in its page");
    }
}
