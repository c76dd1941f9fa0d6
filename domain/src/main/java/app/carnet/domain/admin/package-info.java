/**
 * The administration command ({@code carnet-admin.jar}): commands run beside Carnet, on the same keys and
 * database (key generation and rotation, journal verification).
 */
package app.carnet.domain.admin;
