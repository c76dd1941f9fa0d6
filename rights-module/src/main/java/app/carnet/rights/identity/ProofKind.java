package app.carnet.rights.identity;

/** The six documents the privacy policy lists as proofs of identity (« Comment exercer vos droits ? »). */
public enum ProofKind {
    /** Carte nationale d'identité délivrée par l'État français. */
    FRENCH_ID_CARD,
    /** Carte d'identité de l'Union européenne. */
    EU_ID_CARD,
    /** Passeport. */
    PASSPORT,
    /** Carte de résident délivrée par l'État français. */
    RESIDENT_CARD,
    /** Carte de séjour délivrée par l'État français. */
    RESIDENCE_PERMIT,
    /** Livret de circulation délivré par l'État français. */
    TRAVEL_BOOKLET
}
