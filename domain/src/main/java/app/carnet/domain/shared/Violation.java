package app.carnet.domain.shared;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/** One thing wrong with one input: the field ({@code null} for the whole form) and a message key. */
public record Violation(@Nullable String field, String messageKey) implements Serializable {
}
