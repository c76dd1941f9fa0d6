/**
 * Portal and team accounts: registration, invitations, sign-in (password and second factor), sessions and their
 * revocation, password resets and security notices. Published: the boundaries ({@code AccountService},
 * {@code Authenticator}…) and their records; its entities and repository stay inside.
 */
package app.carnet.domain.account;
