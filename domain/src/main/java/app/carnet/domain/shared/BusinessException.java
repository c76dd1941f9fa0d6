package app.carnet.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A user error or a broken business rule. It carries message keys (resolved in the user's language by
 * the web layer), never personal data, and rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final List<Violation> violations;

    public BusinessException(String messageKey) {
        this(messageKey, null);
    }

    /** @param field the input the message is about, or {@code null} for the whole form */
    public BusinessException(String messageKey, @Nullable String field) {
        this(List.of(new Violation(field, messageKey)));
    }

    public BusinessException(List<Violation> violations) {
        super(violations.stream().map(Violation::messageKey).toList().toString());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The same problems, but the field's own replaced by one message (a check the caller made itself). */
    public BusinessException replacing(String field, String messageKey) {
        var others = violations.stream().filter(v -> !java.util.Objects.equals(v.field(), field));
        return new BusinessException(java.util.stream.Stream.concat(others, java.util.stream.Stream.of(
                new Violation(field, messageKey))).toList());
    }

    /** The first message key, for callers that show one message. */
    public String messageKey() {
        return violations.getFirst().messageKey();
    }
}
