package app.carnet.rights.directive;

import java.util.Map;

/** The register's summary of a change of directives, in French as the register keeps it, without personal data. */
final class DirectiveSummary {

    private static final Map<DirectiveCategory, String> CATEGORIES = Map.of(DirectiveCategory.FILE,
            "identité et coordonnées", DirectiveCategory.HEALTH, "santé", DirectiveCategory.APPOINTMENTS,
            "rendez-vous", DirectiveCategory.EXCHANGES, "échanges");
    private static final Map<DirectiveChoice, String> CHOICES = Map.of(DirectiveChoice.KEEP, "conserver",
            DirectiveChoice.ERASE, "effacer", DirectiveChoice.COMMUNICATE, "communiquer à la personne désignée");

    private DirectiveSummary() {
    }

    static String filed(int version, DirectiveTerms terms) {
        var text = new StringBuilder("Directives particulières après le décès, version ").append(version).append(" : ");
        boolean first = true;
        for (DirectiveCategory category : DirectiveCategory.values()) {
            text.append(first ? "" : " ; ").append(CATEGORIES.get(category)).append(" → ")
                    .append(CHOICES.get(terms.choice(category)));
            first = false;
        }
        return text.append('.').toString();
    }

    static String revoked(int version) {
        return "Directives particulières après le décès révoquées (version " + version + ").";
    }
}
