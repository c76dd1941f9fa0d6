/**
 * The practice itself: its name and profession, and the first set-up.
 */
package app.carnet.domain.practice;
