/**
 * The team: the owner, partners and replacements, their roles and periods. Other components reach a member
 * through {@link app.carnet.domain.staff.StaffDirectory}, never through its entity or repository.
 */
package app.carnet.domain.staff;
