package app.carnet.domain.client;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;

/** A line of the client list. */
public record ClientSummary(long id, String lastName, String firstName, String email, String mobilePhone,
        LocalDate birthDate, LocalDate endedOn) {

    private static final Collator FRENCH = Collator.getInstance(Locale.FRENCH);

    /** Alphabetical as in a French directory: accents and case do not come first. */
    static final Comparator<ClientSummary> BY_NAME = Comparator.comparing(ClientSummary::lastName, FRENCH)
            .thenComparing(ClientSummary::firstName, FRENCH).thenComparingLong(ClientSummary::id);

    @Override
    public String toString() {
        return "ClientSummary[id=" + id + "]";
    }
}
