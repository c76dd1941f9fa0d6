package app.carnet.domain.client;

import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;

/** A client's identity as the pages show it. */
public record ClientView(long id, String lastName, String firstName, String email, LocalDate birthDate,
        String language, Instant createdAt) {

    private static final Collator FRENCH = Collator.getInstance(Locale.FRENCH);

    /** Alphabetical as in a French directory: accents and case do not come first. */
    public static final Comparator<ClientView> BY_NAME = Comparator.comparing(ClientView::lastName, FRENCH)
            .thenComparing(ClientView::firstName, FRENCH).thenComparingLong(ClientView::id);

    @Override
    public String toString() {
        return "ClientView[id=" + id + "]";
    }
}
