package app.carnet.domain.shared;

import java.io.Serializable;

/** One thing wrong with one input: the field ({@code null} for the whole form) and a message key. */
public record Violation(String field, String messageKey) implements Serializable {
}
