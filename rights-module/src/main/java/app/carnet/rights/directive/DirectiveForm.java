package app.carnet.rights.directive;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Directives as the client fills them in: a choice per category, the designated person (name, email), free text,
 * and the specific consent of art. 85 (its own checkbox, never the acceptance of the terms).
 */
public record DirectiveForm(Map<DirectiveCategory, DirectiveChoice> choices, @Nullable String designeeName,
        @Nullable String designeeEmail, @Nullable String note, boolean consent) {

    @Override
    public String toString() {
        return "DirectiveForm[" + choices + "]";
    }
}
