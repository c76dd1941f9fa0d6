/**
 * Integration tests against a real Carnet, grouped by area ({@code cabinet}, {@code portail}, {@code support}), and
 * what they share here: the test environment (MariaDB, GreenMail and the uber jar, started once per run), the browser
 * tests' base class (one Chromium per class), the mailbox, the authenticator app and waiting on conditions.
 */
package app.carnet.web.it;
