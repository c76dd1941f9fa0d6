package app.carnet.rights.directive;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A death as the practitioner records it: the date, how it was learnt, and a document if any (PDF, JPEG, PNG). */
public record DeathForm(@Nullable LocalDate diedOn, @Nullable DeathSource learntHow, @Nullable String learntDetail,
        byte @Nullable [] document) {

    @Override
    public String toString() {
        return "DeathForm[learntHow=" + learntHow + "]";
    }
}
