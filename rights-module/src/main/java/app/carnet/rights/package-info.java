/**
 * Data-protection rights: requests and their one-month clock, identity proof, portability, erasure,
 * objection and limitation, post-mortem directives, retention and purge, policy versions and the record of
 * processing activities. Depends on {@code app.carnet.domain} only. Nothing is built here yet.
 */
package app.carnet.rights;
