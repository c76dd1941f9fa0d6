/**
 * Directives after death (Loi Informatique et Libertés art. 84–86; law.md C12, C-R7): the client's particular
 * directives, given by a specific consent, per category of data (keep, erase, communicate to a designated person),
 * each version kept; the death recorded by the practitioner and the directives carried out (the designee's archive
 * through single-use links, the erasure within the legal holds, the portal closed, live processing ended); without
 * directives, the heirs' requests of art. 85 II.
 */
package app.carnet.rights.directive;
