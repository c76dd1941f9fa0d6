package app.carnet.domain.privacy;

/** Whose data a table holds (GDPR article 30: the categories of data subjects). */
public enum DataSubject {
    CLIENT, STAFF
}
