/**
 * The recipients of a client's file told of what was done to the data they received (GDPR art. 19): a
 * rectification, an erasure, a limitation. Within the practice the recipients are the partners and replacements the
 * file is shared with, whom the client reads by name on « Mes données et mes droits » (art. 19's second sentence).
 */
package app.carnet.rights.recipient;
