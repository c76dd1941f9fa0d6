package app.carnet.rights.directive;

import app.carnet.domain.privacy.Hold;
import app.carnet.domain.shared.Checks;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The rules of particular directives (Loi Informatique et Libertés art. 85 I), apart from any server. */
public final class DirectiveRules {

    static final int NAME_MAX = 200;
    static final int NOTE_MAX = 5000;

    private DirectiveRules() {
    }

    /**
     * Checks a client's directives.
     *
     * @return the directives as they will be kept
     * @throws app.carnet.domain.shared.BusinessException with every problem: no specific consent
     *                                                    ({@code directives.consent.required}), a category left
     *                                                    without a choice, "erase" where the law keeps the data
     *                                                    ({@code directives.notErasable}), "communicate" without a
     *                                                    designee ({@code directives.designee.required}), a
     *                                                    designee without an email
     */
    public static DirectiveTerms check(DirectiveForm form) {
        var checks = new Checks();
        if (!form.consent()) {
            // art. 85 I: a specific consent, never the acceptance of general terms
            checks.refuse("consent", "directives.consent.required");
        }
        var choices = new EnumMap<DirectiveCategory, DirectiveChoice>(DirectiveCategory.class);
        for (DirectiveCategory category : DirectiveCategory.values()) {
            DirectiveChoice choice = form.choices().get(category);
            if (choice == null) {
                checks.refuse("choice-" + category.name(), "validation.required");
            } else if (choice == DirectiveChoice.ERASE && !category.erasable()) {
                checks.refuse("choice-" + category.name(), "directives.notErasable");
            } else {
                choices.put(category, choice);
            }
        }
        boolean communicates = choices.containsValue(DirectiveChoice.COMMUNICATE);
        String name = checks.optionalText(form.designeeName(), NAME_MAX, "designeeName", false);
        String email = null;
        if (communicates && blank(form.designeeName()) && blank(form.designeeEmail())) {
            checks.refuse("designeeName", "directives.designee.required");
        } else if (communicates || !blank(form.designeeName()) || !blank(form.designeeEmail())) {
            if (blank(form.designeeName())) {
                checks.refuse("designeeName", "validation.required");
            }
            if (blank(form.designeeEmail())) {
                checks.refuse("designeeEmail", "directives.designee.email");
            } else {
                email = checks.email(form.designeeEmail(), "designeeEmail");
            }
        }
        String note = checks.optionalText(form.note(), NOTE_MAX, "note", true);
        checks.throwIfAny();
        return new DirectiveTerms(choices, name, email, note);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    /** One module's part of the client's data: its tables, and the sections of the export it filled. */
    public record HolderPart(String holder, Set<String> tables, Set<String> sections) {
    }

    /** What the erasure at death does with one module's part, and why. */
    public record Step(String holder, boolean erase, String reason) {
    }

    /**
     * What the erasure at death does, module by module: a module's data is erased only when every section it holds
     * belongs to a category the directives erase, and no {@link Hold} names one of its tables or sections (GDPR art.
     * 17(3) applied by analogy: what the law requires to keep stays, e.g. invoices, the access journal). A module
     * holding nothing is left alone; a module that also holds something not to erase keeps everything, and says so.
     */
    public static List<Step> erasure(DirectiveTerms terms, List<HolderPart> parts, List<Hold> holds) {
        Set<DirectiveCategory> erased = terms.with(DirectiveChoice.ERASE);
        var steps = new ArrayList<Step>();
        for (HolderPart part : parts) {
            if (part.sections().isEmpty() || erased.isEmpty()) {
                continue;
            }
            var hold = holds.stream().filter(h -> part.tables().contains(h.section())
                    || part.sections().contains(h.section())).findFirst();
            boolean allErased = part.sections().stream()
                    .allMatch(s -> DirectiveCategory.ofSection(s).filter(erased::contains).isPresent());
            boolean anyErased = part.sections().stream()
                    .anyMatch(s -> DirectiveCategory.ofSection(s).filter(erased::contains).isPresent());
            if (!anyErased) {
                continue;
            }
            if (hold.isPresent()) {
                steps.add(new Step(part.holder(), false, hold.get().reason()));
            } else if (!allErased) {
                steps.add(new Step(part.holder(), false, "directives.kept.mixed"));
            } else {
                steps.add(new Step(part.holder(), true, "directives.erased"));
            }
        }
        return steps;
    }

    /** The sections of the export the designee receives: those of the categories to communicate. */
    public static Set<String> communicated(DirectiveTerms terms) {
        var sections = new java.util.HashSet<String>();
        terms.with(DirectiveChoice.COMMUNICATE).forEach(c -> sections.addAll(c.sections()));
        return sections;
    }
}
