/**
 * The outbox: emails written in the same transaction as the change that causes them, each with its template and
 * purpose, sent later by a timer; the domain's templates ({@code DomainEmails}).
 */
package app.carnet.domain.mail;
