package app.carnet.domain.privacy;

/**
 * What a client has restricted: the purposes they objected to (GDPR art. 21) and the limitation of their data (art.
 * 18). Implemented by the rights module, consulted by whoever processes a client's data for a purpose (the outbox
 * before queuing an email, the writing boundaries before a change), so that billing and rights need not know each
 * other.
 */
public interface ProcessingRestrictions {

    /** Whether the client objected to the processing of their data for {@code purpose}. */
    boolean objected(long clientId, Purpose purpose);

    /**
     * Whether the client's death is recorded: from then on nothing goes to their address, whatever its purpose (their
     * rights ended with them, Loi Informatique et Libertés art. 84; whoever reads that mailbox now is not them). The
     * heirs and the designee are written to at their own addresses.
     */
    default boolean deceased(long clientId) {
        return false;
    }

    /** Whether the client's data is limited: only stored, never changed. */
    boolean limited(long clientId);

    /**
     * The clients who object to {@code purpose} now, for a processing that runs over all clients at once (the
     * statistics of P20 leave them out, a batch of follow-ups skips them).
     */
    java.util.Set<Long> objectors(Purpose purpose);
}
