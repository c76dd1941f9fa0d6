/**
 * Client files: identity, contact, sharing with the team, categories and blind indexes. Other components reach
 * a client through {@link app.carnet.domain.client.Clients} (contact and language), never through its entity or
 * repository.
 */
package app.carnet.domain.client;
