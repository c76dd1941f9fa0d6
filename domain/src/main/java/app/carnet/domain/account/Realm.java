package app.carnet.domain.account;

/** Where someone logs in: the back office or the client portal. */
public enum Realm {
    STAFF, CLIENT
}
