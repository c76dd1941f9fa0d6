package app.carnet.rights.catalog;

import app.carnet.domain.privacy.DataCatalog;
import app.carnet.domain.privacy.EmailTemplate;
import app.carnet.domain.privacy.JournalAction;
import app.carnet.domain.privacy.PersonalData;
import app.carnet.domain.privacy.SealedColumns;
import app.carnet.rights.data.ExportAction;
import app.carnet.rights.request.RightsEmails;
import java.util.ArrayList;
import java.util.List;

/**
 * The rights module's part of the registry: its tables (requests, objections, limitations, directives…), their
 * sealed columns, the actions it journals and the emails it sends. Listed in
 * {@code META-INF/services/app.carnet.domain.privacy.DataCatalog}.
 */
public final class RightsDataCatalog implements DataCatalog {

    @Override
    public List<PersonalData> personalData() {
        return List.of();
    }

    @Override
    public List<SealedColumns> sealedColumns() {
        return List.of();
    }

    @Override
    public List<? extends JournalAction> journalActions() {
        return List.of(ExportAction.values());
    }

    @Override
    public List<EmailTemplate> emailTemplates() {
        var all = new ArrayList<EmailTemplate>();
        all.addAll(RightsEmails.ALL);
        return all;
    }
}
