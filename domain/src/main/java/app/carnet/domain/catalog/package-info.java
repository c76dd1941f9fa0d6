/**
 * The domain's own contribution to the catalogue of personal data ({@code DomainDataCatalog}): its tables, sealed
 * columns, journal actions and email templates, found by ServiceLoader like every module's.
 */
package app.carnet.domain.catalog;
