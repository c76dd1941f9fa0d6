package app.carnet.rights.request;

/**
 * How a request reached the practice: in the portal, by a client logged in (who needs no identity proof), or by an
 * email, a letter or a call that the practitioner records.
 */
public enum RequestChannel {
    PORTAL,
    EMAIL,
    LETTER,
    CALL
}
