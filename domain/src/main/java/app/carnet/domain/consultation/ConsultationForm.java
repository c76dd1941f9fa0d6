package app.carnet.domain.consultation;

import java.time.LocalDate;

/**
 * A consultation as the practitioner writes it; optional texts are {@code null}. {@code sharedSummary} is what the
 * client will read in the portal: nothing of the consultation is shown there while it is empty.
 */
public record ConsultationForm(LocalDate heldOn, String reason, String notes, String followUp, String sharedSummary) {

    @Override
    public String toString() {
        return "ConsultationForm[redacted]";
    }
}
