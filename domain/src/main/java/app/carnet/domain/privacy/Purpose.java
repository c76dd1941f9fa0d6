package app.carnet.domain.privacy;

/** The purposes of the privacy policy, numbered as in the product brief (design/product.md). */
public enum Purpose {
    /** Gérer l'identité du client, l'identifier. */
    P01,
    /** Gérer la demande de réservation. */
    P02,
    /** Suivi des consultations. */
    P03,
    /** Conseils à la demande. */
    P04,
    /** Facturer et encaisser. */
    P05,
    /** Service avant-vente. */
    P06,
    /** Service après-vente. */
    P07,
    /** Données, caractéristiques et droits d'un contrat. */
    P08,
    /** Résiliations. */
    P09,
    /** Réclamations. */
    P10,
    /** Communiquer (gestion de la clientèle). */
    P11,
    /** Recouvrer les factures. */
    P12,
    /** Appels, courriers, messages entrants. */
    P13,
    /** Recouvrer les impayés. */
    P14,
    /** Contentieux. */
    P15,
    /** Demandes relatives aux droits. */
    P16,
    /** Stocker les données. */
    P17,
    /** Services d'authentification. */
    P18,
    /** Obligations légales. */
    P19,
    /** Statistiques anonymisées. */
    P20
}
