package app.carnet.web;

/** A deliberate violation, for {@code ArchitectureRulesTest}: a class at the web module's root. */
class AtTheRoot {
}
