/**
 * Identity proof for a rights request that does not come from a logged-in client, only on reasonable doubt (GDPR art.
 * 12(6); décret 2019-536, art. 77): additional information first, a copy of a document only if the doubt remains,
 * answered through a single-use signed link, sealed at rest and deleted once verified.
 */
package app.carnet.rights.identity;
