package app.carnet.rights.objection;

import app.carnet.domain.privacy.JournalAction;
import app.carnet.domain.privacy.Purpose;

/** What staff do with a client's restrictions, in the access journal. */
public enum RestrictionAction implements JournalAction {
    /** The practitioner lifted a limitation, the client told first (art. 18(3)). */
    LIMITATION_LIFTED;

    @Override
    public Purpose purpose() {
        return Purpose.P16;
    }
}
