package app.carnet.domain.consultation;

import java.time.LocalDate;

/** A line of a client's consultations, newest first. */
public record ConsultationLine(long id, LocalDate heldOn, String reason, boolean shared, boolean voided) {

    @Override
    public String toString() {
        return "ConsultationLine[id=" + id + "]";
    }
}
