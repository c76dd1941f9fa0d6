package app.carnet.rights.directive;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Valid directives: a choice for every category, and a designee (name and email) exactly when a category is to be
 * communicated or the client named one anyway. Made by {@link DirectiveRules#check}.
 */
public record DirectiveTerms(Map<DirectiveCategory, DirectiveChoice> choices, @Nullable String designeeName,
        @Nullable String designeeEmail, @Nullable String note) implements java.io.Serializable {

    public DirectiveTerms {
        choices = Collections.unmodifiableMap(new EnumMap<>(choices));
    }

    public DirectiveChoice choice(DirectiveCategory category) {
        return choices.getOrDefault(category, DirectiveChoice.KEEP);
    }

    /** The categories with this choice. */
    public Set<DirectiveCategory> with(DirectiveChoice choice) {
        var categories = EnumSet.noneOf(DirectiveCategory.class);
        choices.forEach((category, c) -> {
            if (c == choice) {
                categories.add(category);
            }
        });
        return categories;
    }

    /** The choices as stored: {@code FILE=KEEP,HEALTH=COMMUNICATE,…} (no personal data). */
    String encoded() {
        var text = new StringBuilder();
        choices.forEach((category, choice) -> text.append(text.isEmpty() ? "" : ",").append(category.name())
                .append('=').append(choice.name()));
        return text.toString();
    }

    static Map<DirectiveCategory, DirectiveChoice> decode(String encoded) {
        var choices = new EnumMap<DirectiveCategory, DirectiveChoice>(DirectiveCategory.class);
        if (!encoded.isEmpty()) {
            for (String part : encoded.split(",")) {
                String[] pair = part.split("=", 2);
                choices.put(DirectiveCategory.valueOf(pair[0]), DirectiveChoice.valueOf(pair[1]));
            }
        }
        return choices;
    }

    @Override
    public String toString() {
        return "DirectiveTerms[" + encoded() + "]";
    }
}
