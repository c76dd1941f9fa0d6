/**
 * The practitioner's back office: client files and their forms, the list and search, health data, consultations,
 * advice, the agenda, settings, the team and the invitations sent to clients.
 */
package app.carnet.web.it.cabinet;
