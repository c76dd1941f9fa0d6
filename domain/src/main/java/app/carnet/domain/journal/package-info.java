/**
 * The access journal: every access to a client's file, hash-chained so that a change shows, its verification,
 * and its hold on what must be kept about a client.
 */
package app.carnet.domain.journal;
