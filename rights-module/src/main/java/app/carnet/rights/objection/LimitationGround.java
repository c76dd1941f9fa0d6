package app.carnet.rights.objection;

/** Why a client asks that their data be limited: the four cases of GDPR art. 18(1). */
public enum LimitationGround {
    /** (a) The accuracy of the data is contested, for the time the practitioner needs to verify it. */
    ACCURACY,
    /** (b) The processing is unlawful and the client prefers restriction to erasure. */
    UNLAWFUL,
    /** (c) The practitioner no longer needs the data, but the client needs it for a legal claim. */
    LEGAL_CLAIM,
    /** (d) The client objected (art. 21(1)), pending whether the practitioner's grounds override theirs. */
    OBJECTION
}
