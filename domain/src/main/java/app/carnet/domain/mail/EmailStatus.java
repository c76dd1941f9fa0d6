package app.carnet.domain.mail;

public enum EmailStatus {
    /** Waiting for the SMTP server. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** No SMTP server is configured: kept in the outbox for the practitioner to read. */
    KEPT,
    /** Refused or unreachable too many times; the practitioner is told in the outbox. */
    FAILED
}
