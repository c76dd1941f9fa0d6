/** The rights module's contribution to the registry of personal data ({@link app.carnet.domain.privacy.DataCatalog}). */
package app.carnet.rights.catalog;
