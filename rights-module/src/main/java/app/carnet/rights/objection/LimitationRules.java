package app.carnet.rights.objection;

import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Violation;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;

/** The checks of a limitation request: a ground of art. 18(1) and the client's words, neither empty. */
final class LimitationRules {

    private LimitationRules() {
    }

    /** The reason, trimmed; every problem at once. */
    static String reason(@Nullable LimitationGround ground, @Nullable String reason) {
        var problems = new ArrayList<Violation>();
        if (ground == null) {
            problems.add(new Violation("ground", "validation.required"));
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            problems.add(new Violation("reason", "validation.required"));
        } else if (text.length() > PortalRestrictions.REASON_LENGTH) {
            problems.add(new Violation("reason", "validation.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(problems);
        }
        return text;
    }
}
