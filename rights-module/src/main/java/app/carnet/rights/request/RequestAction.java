package app.carnet.rights.request;

import app.carnet.domain.privacy.JournalAction;
import app.carnet.domain.privacy.Purpose;

/** What staff do with a client's rights requests, written in the access journal (purpose P16). */
public enum RequestAction implements JournalAction {
    RIGHTS_REQUEST_READ,
    RIGHTS_REQUEST_RECORDED,
    RIGHTS_REQUEST_HANDLED,
    RIGHTS_IDENTITY_ASKED,
    RIGHTS_IDENTITY_READ,
    RIGHTS_IDENTITY_VERIFIED,
    /** The recipients of the file were told of a rectification, an erasure or a limitation (GDPR art. 19). */
    RECIPIENTS_TOLD;

    @Override
    public Purpose purpose() {
        return Purpose.P16;
    }
}
