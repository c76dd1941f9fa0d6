package app.carnet.rights.request;

/** One step of a request's history. */
public enum RequestEventKind {
    RECEIVED,
    TAKEN_UP,
    IDENTITY_ASKED,
    IDENTITY_RECEIVED,
    IDENTITY_VERIFIED,
    EXTENDED,
    ANSWERED,
    REFUSED,
    REMINDED
}
