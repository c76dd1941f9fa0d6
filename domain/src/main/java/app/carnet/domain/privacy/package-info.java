/**
 * The contracts of data protection between the modules: the catalogues of personal data ({@code DataCatalog}),
 * sealed columns, journal actions and email templates, purposes and categories, holds ({@code ErasureHold}) and
 * processing restrictions. Every module implements or reads them; none depends on another for them.
 */
package app.carnet.domain.privacy;
