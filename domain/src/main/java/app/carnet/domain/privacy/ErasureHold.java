package app.carnet.domain.privacy;

import java.util.List;

/**
 * A module's answer to « must something be kept about this client, and why? », asked before an erasure is confirmed
 * and when it is carried out (GDPR art. 17(3): a legal obligation, the establishment or defence of legal claims).
 * The rights module reads every implementation (CDI) and shows their union to the client and to the practitioner;
 * the erasure keeps exactly that. Implementations run in the caller's transaction and check no access.
 */
public interface ErasureHold {

    List<Hold> holds(long clientId);
}
