/**
 * Consultations and their attachments (sealed at rest).
 */
package app.carnet.domain.consultation;
