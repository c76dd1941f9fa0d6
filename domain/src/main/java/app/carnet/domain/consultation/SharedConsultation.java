package app.carnet.domain.consultation;

import java.time.LocalDate;

/** A consultation as its client sees it in the portal: the day, and what the practitioner chose to share. */
public record SharedConsultation(long id, LocalDate heldOn, String summary) {

    @Override
    public String toString() {
        return "SharedConsultation[id=" + id + "]";
    }
}
