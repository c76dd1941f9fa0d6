/**
 * The clients' portal: registration, online booking (with its concurrency, the clock changes, the waitlist and the
 * reminders), exchanges with the practice, and each client seeing only their own data.
 */
package app.carnet.web.it.portail;
