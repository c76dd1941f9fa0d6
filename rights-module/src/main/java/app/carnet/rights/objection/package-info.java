/**
 * Objection (GDPR art. 21) and limitation (art. 18) of a client's data: the switches of the portal, the limitation
 * the client asks and the practitioner lifts after telling them, and {@link app.carnet.rights.objection.ObjectionRegister},
 * the one implementation of {@link app.carnet.domain.privacy.ProcessingRestrictions} that the outbox and the
 * domain's writes consult.
 */
package app.carnet.rights.objection;
