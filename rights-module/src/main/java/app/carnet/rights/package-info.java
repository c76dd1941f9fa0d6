/**
 * Data-protection rights: requests and their one-month clock, identity proof, portability, erasure,
 * objection and limitation, post-mortem directives, retention and purge, policy versions and the record of
 * processing activities. Depends on {@code app.carnet.domain} only. Built so far: what Carnet holds about a client,
 * its export and its erasure ({@link app.carnet.rights.data.ClientDataService}).
 */
package app.carnet.rights;
