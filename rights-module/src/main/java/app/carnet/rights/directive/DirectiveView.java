package app.carnet.rights.directive;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A version of the directives as the pages show it; {@code terms} is absent for a revocation. */
public record DirectiveView(int version, Instant filedAt, boolean current, boolean revoked,
        @Nullable DirectiveTerms terms) implements java.io.Serializable {

    @Override
    public String toString() {
        return "DirectiveView[version=" + version + ", revoked=" + revoked + "]";
    }
}
