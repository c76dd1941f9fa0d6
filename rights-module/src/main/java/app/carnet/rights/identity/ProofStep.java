package app.carnet.rights.identity;

/**
 * What the practitioner asks when there is a reasonable doubt about who sent a request (GDPR art. 12(6); décret
 * 2019-536, art. 77: identity "by any means", an ID copy only when the situation requires it): first additional
 * information (appointment dates, the email on file…), then, only if the doubt remains, a copy of a document.
 */
public enum ProofStep {
    INFORMATION,
    DOCUMENT
}
