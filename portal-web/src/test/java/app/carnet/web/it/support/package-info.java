/**
 * What every area stands on: access and sessions, passwords and the second factor, security headers, CSRF, TLS,
 * encryption at rest and its keys, the logs' and the pages' privacy, personal data and the access journal, packaging,
 * the first setup and the demonstration mode.
 */
package app.carnet.web.it.support;
