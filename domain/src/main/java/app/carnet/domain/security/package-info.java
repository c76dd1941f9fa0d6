/**
 * Encryption at rest (sealed columns, blind indexes, key rotation), password hashing, one-time codes and the
 * hash chain shared by the journal and billing's ledger.
 */
package app.carnet.domain.security;
