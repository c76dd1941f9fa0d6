/**
 * Erasure (GDPR art. 17): the plan of what an erasure takes and what it keeps, read from every module's
 * {@link app.carnet.domain.privacy.PersonalDataHolder} and {@link app.carnet.domain.privacy.ErasureHold}, shown to the
 * client before they ask and to the practitioner before they carry it out; and the erasure itself, which keeps exactly
 * what the holds name (17(3)(b) a legal obligation, (e) legal claims) and nothing else. One place: the back office's
 * erasure of a former client's file and the one asked in the portal both go through {@link Erasure}.
 */
package app.carnet.rights.erasure;
