/**
 * Exchanges with clients: the contact form and messages between the portal and the practice.
 */
package app.carnet.domain.exchange;
