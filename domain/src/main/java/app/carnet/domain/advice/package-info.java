/**
 * Written advice given to a client after a consultation, from the practitioner's templates, and its PDF.
 */
package app.carnet.domain.advice;
