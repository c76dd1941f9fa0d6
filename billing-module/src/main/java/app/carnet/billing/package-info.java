/**
 * Billing: service prices, invoices and credit notes, payments, contracts and packages,
 * cancellations, recovery of unpaid invoices and litigation files. Depends on {@code app.carnet.domain}
 * only, and refers to clients by id. Nothing is built here yet.
 */
package app.carnet.billing;
