/**
 * Primitives every component uses: {@code Money}, {@code FrenchCalendar}, dates in Europe/Paris, checks of
 * input, business exceptions.
 */
package app.carnet.domain.shared;
