/**
 * Health data (art. 9 GDPR): anamnesis and measurements, sealed at rest.
 */
package app.carnet.domain.health;
