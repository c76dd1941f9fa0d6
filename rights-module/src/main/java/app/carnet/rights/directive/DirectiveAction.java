package app.carnet.rights.directive;

import app.carnet.domain.privacy.JournalAction;
import app.carnet.domain.privacy.Purpose;

/** What staff do with a client's directives after death, in the access journal (P16, rights requests). */
public enum DirectiveAction implements JournalAction {
    DIRECTIVES_READ,
    DEATH_RECORDED,
    DIRECTIVES_EXECUTED,
    DESIGNEE_ARCHIVE_PREPARED,
    HEIRS_REQUEST_RECORDED;

    @Override
    public Purpose purpose() {
        return Purpose.P16;
    }
}
