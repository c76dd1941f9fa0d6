package app.carnet.domain.health;

/** The parts of the anamnesis. */
public enum AnamnesisKind {
    MEDICAL_HISTORY,
    TREATMENT,
    ALLERGY
}
