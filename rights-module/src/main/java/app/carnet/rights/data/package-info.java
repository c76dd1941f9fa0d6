/**
 * The data protection module's view of what Carnet holds about a client: its holders, the export archive and the
 * erasure, driven from the back office and the portal.
 */
package app.carnet.rights.data;
