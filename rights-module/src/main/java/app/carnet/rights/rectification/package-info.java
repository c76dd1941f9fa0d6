/**
 * Rectification (GDPR art. 16): the client corrects their contact data themselves in the portal, which the register
 * records as a request answered at once; for anything else (their name, birth date or email, a consultation, a
 * measurement) they point at the item and say what is wrong, and the practitioner accepts, which makes the
 * correction, or refuses with a reason the client reads.
 */
package app.carnet.rights.rectification;
