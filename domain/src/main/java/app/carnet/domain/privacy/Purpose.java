package app.carnet.domain.privacy;

/**
 * The purposes of the privacy policy, numbered as in the product brief (design/product.md), each with its legal basis
 * (GDPR art. 6(1); the 2021 policy names none) and whether the client may object to it in one click, effective at
 * once (art. 21: processing on the practitioner's legitimate interest whose stop harms nobody's claim: follow-ups,
 * communications, statistics). The other legitimate-interest purposes (complaints, recovery, litigation, incoming
 * contacts) serve legal claims or the client's own requests (art. 21(1): compelling grounds): an objection to them is a
 * request the practitioner decides on.
 */
public enum Purpose {
    /** Gérer l'identité du client, l'identifier. */
    P01(LegalBasis.CONTRACT, false),
    /** Gérer la demande de réservation. */
    P02(LegalBasis.CONTRACT, false),
    /** Suivi des consultations. */
    P03(LegalBasis.CONTRACT, false),
    /** Conseils à la demande. */
    P04(LegalBasis.CONTRACT, false),
    /** Facturer et encaisser. */
    P05(LegalBasis.LEGAL_OBLIGATION, false),
    /** Service avant-vente. */
    P06(LegalBasis.CONTRACT, false),
    /** Service après-vente. */
    P07(LegalBasis.LEGITIMATE_INTEREST, true),
    /** Données, caractéristiques et droits d'un contrat. */
    P08(LegalBasis.CONTRACT, false),
    /** Résiliations. */
    P09(LegalBasis.CONTRACT, false),
    /** Réclamations. */
    P10(LegalBasis.LEGITIMATE_INTEREST, false),
    /** Communiquer (gestion de la clientèle). */
    P11(LegalBasis.LEGITIMATE_INTEREST, true),
    /** Recouvrer les factures. */
    P12(LegalBasis.LEGITIMATE_INTEREST, false),
    /** Appels, courriers, messages entrants. */
    P13(LegalBasis.LEGITIMATE_INTEREST, false),
    /** Recouvrer les impayés. */
    P14(LegalBasis.LEGITIMATE_INTEREST, false),
    /** Contentieux. */
    P15(LegalBasis.LEGITIMATE_INTEREST, false),
    /** Demandes relatives aux droits. */
    P16(LegalBasis.LEGAL_OBLIGATION, false),
    /** Stocker les données. */
    P17(LegalBasis.LEGAL_OBLIGATION, false),
    /** Services d'authentification. */
    P18(LegalBasis.LEGAL_OBLIGATION, false),
    /** Obligations légales. */
    P19(LegalBasis.LEGAL_OBLIGATION, false),
    /** Statistiques anonymisées. */
    P20(LegalBasis.LEGITIMATE_INTEREST, true);

    private final LegalBasis basis;
    private final boolean objectable;

    Purpose(LegalBasis basis, boolean objectable) {
        this.basis = basis;
        this.objectable = objectable;
    }

    public LegalBasis basis() {
        return basis;
    }

    /** Whether the client may object to this purpose themselves, effective at once (a switch in the portal). */
    public boolean objectable() {
        return objectable;
    }
}
