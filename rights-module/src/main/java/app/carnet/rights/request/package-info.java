/**
 * The register of requests to exercise a right: every request (portal, email, letter, call), its one-month clock
 * (GDPR art. 12(3), Regulation 1182/71), its identity questions, extension, answer or refusal, and the reminders.
 */
package app.carnet.rights.request;
