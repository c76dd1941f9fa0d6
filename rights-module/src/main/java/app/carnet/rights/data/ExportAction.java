package app.carnet.rights.data;

import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.JournalAction;
import app.carnet.domain.privacy.Purpose;

/** What the access journal writes when a client downloads their own archive in the portal (GDPR art. 15 and 20). */
public enum ExportAction implements JournalAction {
    /** The access archive (art. 15): everything, the journal included. */
    ACCESS_ARCHIVE_DOWNLOADED(Purpose.P16),
    /** The portability archive (art. 20): what the client provided. */
    PORTABILITY_ARCHIVE_DOWNLOADED(Purpose.P16);

    private final Purpose purpose;

    /** The download of the archive of {@code scope}. */
    static ExportAction downloaded(ClientExport.Scope scope) {
        return scope == ClientExport.Scope.ACCESS ? ACCESS_ARCHIVE_DOWNLOADED : PORTABILITY_ARCHIVE_DOWNLOADED;
    }

    ExportAction(Purpose purpose) {
        this.purpose = purpose;
    }

    @Override
    public Purpose purpose() {
        return purpose;
    }
}
