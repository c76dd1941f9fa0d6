package app.carnet.domain.shared;

import app.carnet.domain.privacy.JournalAction;

/**
 * Fired, synchronously and inside the transaction, whenever staff read or change a client's file: the
 * access journal writes it in the same transaction, so an access is never without its entry.
 */
public record FileAccessed(long clientId, JournalAction action) {
}
