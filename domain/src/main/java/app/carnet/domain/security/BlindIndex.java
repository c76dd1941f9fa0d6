package app.carnet.domain.security;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The normal forms that blind indexes are computed on, so that a search finds what a person would call equal. */
public final class BlindIndex {

    private BlindIndex() {
    }

    /** The canonical form of an email address, everywhere in Carnet: trimmed, lower case. */
    public static @Nullable String email(@Nullable String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** "Éloïse  Dupont-Martin" and "eloise dupont martin" are the same name. */
    public static @Nullable String name(@Nullable String name) {
        if (name == null) {
            return null;
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * The first three letters of a name, spaces and dashes left out ("Dupont-Martin" → "dup"): what a search by
     * the start of a name looks up. Shorter names are indexed whole.
     */
    public static @Nullable String namePrefix(@Nullable String name) {
        String normal = name(name);
        String compact = normal == null ? "" : normal.replace(" ", "");
        return compact.isEmpty() ? null : compact.substring(0, Math.min(3, compact.length()));
    }

    /**
     * A phone number in international form ({@code +33612345678}), or {@code null} when it is not one: a French
     * number of 10 digits starting with 0, or {@code +}/{@code 00} and 8 to 15 digits. Spaces, dots, dashes and
     * brackets are ignored.
     */
    public static @Nullable String phone(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        String compact = typed.replaceAll("[\\s.()\\-/]", "");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        if (compact.startsWith("+330")) { // "+33 (0)6 12…"
            compact = "+33" + compact.substring(4);
        }
        if (compact.matches("0[1-9]\\d{8}")) {
            return "+33" + compact.substring(1);
        }
        if (compact.matches("\\+33[1-9]\\d{8}")
                || (compact.matches("\\+[1-9]\\d{7,14}") && !compact.startsWith("+33"))) {
            return compact;
        }
        return null;
    }
}
