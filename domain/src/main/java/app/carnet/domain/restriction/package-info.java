/**
 * The enforcement of a limitation (GDPR art. 18) on every write of the domain: the default entity listener
 * {@link app.carnet.domain.restriction.LimitationGuard} and the interceptor that makes its refusal reach the caller.
 */
package app.carnet.domain.restriction;
