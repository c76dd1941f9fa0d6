package app.carnet.domain.client;

/** Marital status (personal life): optional, and only when the practice keeps that category. */
public enum MaritalStatus {
    SINGLE,
    MARRIED,
    CIVIL_UNION,
    COHABITING,
    SEPARATED,
    DIVORCED,
    WIDOWED
}
