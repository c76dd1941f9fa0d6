package app.carnet.domain.security;

import java.text.Normalizer;
import java.util.Locale;

/** The normal forms that blind indexes are computed on, so that a search finds what a person would call equal. */
public final class BlindIndex {

    private BlindIndex() {
    }

    /** The canonical form of an email address, everywhere in Carnet: trimmed, lower case. */
    public static String email(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** "Éloïse  Dupont-Martin" and "eloise dupont martin" are the same name. */
    public static String name(String name) {
        if (name == null) {
            return null;
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
