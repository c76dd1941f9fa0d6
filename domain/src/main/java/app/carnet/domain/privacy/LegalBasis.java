package app.carnet.domain.privacy;

/**
 * The legal bases of GDPR article 6(1) that Carnet's purposes rest on. The 2021 policy names none (law.md, H4);
 * each purpose's basis is chosen in {@link Purpose} and shown to the client on the rights page.
 */
public enum LegalBasis {
    /** Art. 6(1)(b): the contract with the client, or steps at their request before one. */
    CONTRACT,
    /** Art. 6(1)(c): a legal obligation of the practitioner (invoices, answering rights requests, security). */
    LEGAL_OBLIGATION,
    /** Art. 6(1)(f): the practitioner's legitimate interest, which the client may object to (art. 21). */
    LEGITIMATE_INTEREST,
    /** Art. 6(1)(a): the client's consent, which they may withdraw at any time (art. 7(3)). */
    CONSENT
}
