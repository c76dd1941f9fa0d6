/**
 * The demonstration dataset ({@code CARNET_DEMO=true}): a fictitious practice and clients, written through the same
 * services as real work.
 */
package app.carnet.domain.demo;
