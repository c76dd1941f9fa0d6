package app.carnet.domain.advice;

import java.time.LocalDate;

/** Advice as the practitioner writes it; the day is today when left empty. */
public record AdviceForm(LocalDate writtenOn, String title, String body) {

    @Override
    public String toString() {
        return "AdviceForm[redacted]";
    }
}
