package app.carnet.rights.objection;

import app.carnet.domain.privacy.Purpose;

/** One switch of the portal: a purpose the client may object to, and whether it runs for them now (on). */
public record ObjectionSwitch(Purpose purpose, boolean on) {
}
