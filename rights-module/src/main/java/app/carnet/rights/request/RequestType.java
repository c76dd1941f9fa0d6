package app.carnet.rights.request;

/** The rights a client (or, after their death, their heirs) may exercise, as the register of requests records them. */
public enum RequestType {
    /** GDPR art. 15: a copy of everything, with who consulted the file. */
    ACCESS,
    /** Art. 20: what the client provided, in a machine-readable format. */
    PORTABILITY,
    /** Art. 16. */
    RECTIFICATION,
    /** Art. 17. */
    ERASURE,
    /** Art. 18. */
    LIMITATION,
    /** Art. 21. */
    OBJECTION,
    /** Loi Informatique et Libertés art. 85: particular directives after death, given, changed or revoked. */
    DIRECTIVES,
    /** Art. 85 II: what heirs may ask without directives (the estate, closing the account, stopping processing). */
    HEIRS
}
